import type { OfferActionLink, OfferActionPurpose } from "../../domain/offer/action-link.ts";
import { extendOffer } from "../../domain/offer/lifecycle.ts";
import type { Offer } from "../../domain/offer/offer.ts";
import { err, ok, type Result } from "../../domain/shared/result.ts";
import { checkLinkToken, hashLinkToken, type LinkInvalid, linkInvalid } from "../shared/link-tokens.ts";
import type { OfferPosters } from "./offer-context.ts";
import type { OfferRepos, OfferWriteDeps } from "./settings.ts";

/** What an offer email link shows before anything happens (GET): never changes anything. */
export type OfferActionPreview = Readonly<{
  purpose: OfferActionPurpose;
  offerId: string;
  offerTitle: string;
  status: Offer["status"];
  expiresAt: Date;
}>;

/** The recruiter's contact, revealed to a training centre the offer was shared with. */
type RecruiterContact = Readonly<{ companyName: string; email: string; phone: string | null }>;

export type OfferActionOutcome =
  | Readonly<{ purpose: "extend"; offerId: string; offerTitle: string; expiresAt: Date }>
  | Readonly<{ purpose: "cfa_contact"; offerId: string; offerTitle: string; contact: RecruiterContact }>;

/** An extend link serves in the life of the offer it was sent in; a closed offer cannot come back. */
async function usableLink(
  repos: Pick<OfferRepos, "offers" | "offerActionLinks">,
  token: string,
  now: Date,
): Promise<Result<{ link: OfferActionLink; offer: Offer }, LinkInvalid>> {
  const link = await repos.offerActionLinks.findByTokenHash(await hashLinkToken(token));
  const checked = checkLinkToken(link && { ...link, purpose: "offer_action" }, { purpose: "offer_action", now });
  if (!checked.ok || !link) return err(checked.ok ? linkInvalid("unknown") : checked.error);
  const offer = await repos.offers.findById(link.offerId);
  if (!offer) return err(linkInvalid("unknown"));
  if (
    link.purpose === "extend" &&
    (offer.lifeNumber !== link.lifeNumber || offer.status === "filled" || offer.status === "deleted")
  ) {
    return err(linkInvalid("expired"));
  }
  return ok({ link, offer });
}

const titleOf = (offer: Offer) => offer.appellation ?? offer.romeLabel;

/** `GET /api/v1/offer-actions/{token}` and the GET of its action page. */
export function previewOfferAction(deps: OfferWriteDeps) {
  return (input: { token: string }): Promise<Result<OfferActionPreview, LinkInvalid>> =>
    deps.unitOfWork.run(async (repos) => {
      const usable = await usableLink(repos, input.token, deps.clock.now());
      if (!usable.ok) return usable;
      const { link, offer } = usable.value;
      return ok({
        purpose: link.purpose,
        offerId: offer.id,
        offerTitle: titleOf(offer),
        status: offer.status,
        expiresAt: offer.expiresAt,
      });
    });
}

/**
 * `POST /api/v1/offer-actions/{token}` and the form of its page: extends the offer (from a reminder or the expiry
 * email), or shows the recruiter's contact to the training centre. The link is used once, in the same transaction.
 */
export function actOnOfferAction(deps: OfferWriteDeps & Readonly<{ posters: OfferPosters }>) {
  return async (input: { token: string }): Promise<Result<OfferActionOutcome, LinkInvalid>> => {
    const acted = await deps.unitOfWork.run(async (repos) => {
      const now = deps.clock.now();
      const usable = await usableLink(repos, input.token, now);
      if (!usable.ok) return usable;
      const { link, offer } = usable.value;
      if (!(await repos.offerActionLinks.markUsed(link.id, now))) return err(linkInvalid("used"));
      if (link.purpose === "cfa_contact") return ok({ purpose: link.purpose, offer });
      const extended = extendOffer(offer, now, deps.settings.rules.lifetimeDays);
      if (!extended.ok) return err(linkInvalid("expired"));
      await repos.offers.update(extended.value);
      return ok({ purpose: link.purpose, offer: extended.value });
    });
    if (!acted.ok) return acted;
    const { purpose, offer } = acted.value;
    if (purpose === "extend") {
      return ok({ purpose, offerId: offer.id, offerTitle: titleOf(offer), expiresAt: offer.expiresAt });
    }
    // The contact is read after the link is spent, outside the transaction.
    const company = await deps.posters.companyOf(offer.organisationId);
    const organisation = await deps.posters.organisation(offer.organisationId);
    const contact = {
      companyName: company?.name ?? organisation?.name ?? "",
      email: offer.contactEmail,
      phone: await deps.posters.phoneOf(offer.createdBy),
    };
    return ok({ purpose, offerId: offer.id, offerTitle: titleOf(offer), contact });
  };
}
