import type { OfferActionLink } from "../../domain/offer/action-link.ts";
import type { ActiveOffer, Offer, OfferStatus } from "../../domain/offer/offer.ts";

/** Offers, written inside a unit of work with the emails they cause. */
export interface OfferRepository {
  insert(offer: Offer): Promise<void>;
  /** Replaces the stored offer (same id). */
  update(offer: Offer): Promise<void>;
  findById(id: string): Promise<Offer | null>;
  /** The organisation's offers in these statuses, newest first. */
  listByOrganisation(organisationId: string, statuses: readonly OfferStatus[]): Promise<Offer[]>;
  /** Active offers whose expiry instant is at or before `instant`, soonest first, at most `limit`. */
  listActiveExpiringBefore(instant: Date, limit: number): Promise<ActiveOffer[]>;
  /** Every offer changed after the cursor, in (updatedAt, id) order: the partner feed. */
  listChangedAfter(cursor: FeedPosition | null, limit: number): Promise<Offer[]>;
  /** The active and expired offers of an organisation (those a stopping organisation must close). */
  listOpenByOrganisation(organisationId: string): Promise<Offer[]>;
}

/** A position in the (updatedAt, id) order of the partner feed. */
export type FeedPosition = Readonly<{ updatedAt: Date; id: string }>;

export interface OfferActionLinkRepository {
  save(link: OfferActionLink): Promise<void>;
  findByTokenHash(tokenHash: string): Promise<OfferActionLink | null>;
  /** Marks it used unless it already is, atomically: false when a concurrent use won. */
  markUsed(id: string, now: Date): Promise<boolean>;
}

/** The training establishments an offer was sent to; each at most once. */
export interface OfferShareRepository {
  add(offerId: string, cfaSiret: string, now: Date): Promise<"added" | "exists">;
  listSirets(offerId: string): Promise<string[]>;
}

/** How many applications each offer received: the applications context answers; zero until it exists. */
export interface ApplicationCounter {
  countByOffer(offerIds: readonly string[]): Promise<ReadonlyMap<string, number>>;
}
