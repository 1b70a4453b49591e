import type { Offer } from "../../domain/offer/offer.ts";
import { isPubliclyVisible } from "../../domain/offer/visibility.ts";
import { err, ok, type Result } from "../../domain/shared/result.ts";
import { type CursorInvalid, cursorAfter, decodeFeedCursor, encodeFeedCursor } from "../partner-access/index.ts";
import type { OfferPosters } from "./offer-context.ts";
import { offerViewUrl } from "./offer-links.ts";
import type { FeedPosition, OfferRepository } from "./ports.ts";
import { type PublicEmployer, publicEmployerOf } from "./read-offers.ts";

/** One offer as partners (1jeune1solution, Parcoursup…) receive it: online, or closed so they withdraw it. */
export type FeedOffer = Readonly<{
  offer: Offer;
  /** "online" while candidates may apply; "closed" once expired, filled or deleted. */
  availability: "online" | "closed";
  employer: PublicEmployer;
  viewUrl: string;
}>;

export type FeedPage = Readonly<{ items: readonly FeedOffer[]; nextCursor: string | null; hasMore: boolean }>;

export type FeedRequest = Readonly<{ cursor?: string | null; updatedSince?: Date | null; limit: number }>;

/**
 * `GET /api/v1/partner/offers`: every offer created or changed after the cursor (or since `updatedSince`), in
 * (updatedAt, id) order. `nextCursor` resumes exactly after the last item (no gap, no repeat); with no new item
 * it is the cursor sent (null on a first call that found nothing). `hasMore`: a full page, ask again at once.
 */
export function readPartnerFeed(deps: {
  offers: OfferRepository;
  posters: OfferPosters;
  publicUrl: string;
  clock: { now(): Date };
}) {
  return async (request: FeedRequest): Promise<Result<FeedPage, CursorInvalid>> => {
    let position: FeedPosition | null = null;
    if (request.cursor) {
      const decoded = decodeFeedCursor(request.cursor);
      if (!decoded.ok) return err(decoded.error);
      position = decoded.value;
    } else if (request.updatedSince) {
      // Strictly after (since, "") includes every offer updated at `since` itself.
      position = { updatedAt: request.updatedSince, id: "" };
    }
    const offers = await deps.offers.listChangedAfter(position, request.limit);
    const now = deps.clock.now();
    const items: FeedOffer[] = [];
    for (const offer of offers) items.push(await toFeedOffer(deps, offer, now));
    const last = offers.at(-1);
    const nextCursor = last ? encodeFeedCursor(cursorAfter(last)) : (request.cursor ?? null);
    return ok({ items, nextCursor, hasMore: offers.length === request.limit });
  };
}

async function toFeedOffer(
  deps: { posters: OfferPosters; publicUrl: string },
  offer: Offer,
  now: Date,
): Promise<FeedOffer> {
  return {
    offer,
    availability: isPubliclyVisible(offer, now) ? "online" : "closed",
    employer: await publicEmployerOf(deps.posters, offer),
    viewUrl: offerViewUrl(deps.publicUrl, offer.id),
  };
}
