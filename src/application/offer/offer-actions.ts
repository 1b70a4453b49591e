import type { OfferActionLink, OfferActionPurpose } from "../../domain/offer/action-link.ts";
import { extendOffer } from "../../domain/offer/lifecycle.ts";
import type { Offer } from "../../domain/offer/offer.ts";
import { err, ok, type Result } from "../../domain/shared/result.ts";
import { nextRevision, type VersionConflict, versionConflict } from "../../domain/shared/version-conflict.ts";
import { runAllOrNothing } from "../shared/all-or-nothing.ts";
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

/**
 * What a link is presented for: its page names one purpose (a token posted to the other page is refused before it
 * is spent, issue 9 §4); the JSON twin takes either.
 */
type LinkRequest = Readonly<{ token: string; purpose?: OfferActionPurpose | undefined }>;

/** An extend link serves in the life of the offer it was sent in; a closed offer cannot come back. */
async function usableLink(
  repos: Pick<OfferRepos, "offers" | "offerActionLinks">,
  request: LinkRequest,
  now: Date,
): Promise<Result<{ link: OfferActionLink; offer: Offer }, LinkInvalid>> {
  const link = await repos.offerActionLinks.findByTokenHash(await hashLinkToken(request.token));
  const checked = checkLinkToken(link && { ...link, purpose: "offer_action" }, { purpose: "offer_action", now });
  if (!checked.ok || !link) return err(checked.ok ? linkInvalid("unknown") : checked.error);
  if (request.purpose !== undefined && link.purpose !== request.purpose) return err(linkInvalid("wrong_purpose"));
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

type Spent = Readonly<{ purpose: OfferActionPurpose; offer: Offer }>;

/** One attempt: checks the link, spends it and extends the offer, all or nothing. */
function spendLink(deps: OfferWriteDeps, input: LinkRequest): Promise<Result<Spent, LinkInvalid | VersionConflict>> {
  return runAllOrNothing(deps.unitOfWork, async (repos): Promise<Result<Spent, LinkInvalid | VersionConflict>> => {
    const now = deps.clock.now();
    const usable = await usableLink(repos, input, now);
    if (!usable.ok) return usable;
    const { link, offer } = usable.value;
    if (!(await repos.offerActionLinks.markUsed(link.id, now))) return err(linkInvalid("used"));
    if (link.purpose === "cfa_contact") return ok({ purpose: link.purpose, offer });
    const extended = extendOffer(offer, now, deps.settings.rules.lifetimeDays);
    if (!extended.ok) return err(linkInvalid("expired"));
    if ((await repos.offers.update(extended.value)) === "conflict") return err(versionConflict("offer", offer.id));
    return ok({ purpose: link.purpose, offer: nextRevision(extended.value) });
  });
}

/** `GET /api/v1/offer-actions/{token}` and the GET of its action page. */
export function previewOfferAction(deps: OfferWriteDeps) {
  return (input: LinkRequest): Promise<Result<OfferActionPreview, LinkInvalid>> =>
    deps.unitOfWork.run(async (repos) => {
      const usable = await usableLink(repos, input, deps.clock.now());
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

/** An email link acts on the offer as stored; a change committed meanwhile is read again this many times. */
const MAX_ATTEMPTS = 3;

/**
 * `POST /api/v1/offer-actions/{token}` and the form of its page: extends the offer (from a reminder or the expiry
 * email), or shows the recruiter's contact to the training centre. The link is used once, in the same transaction
 * as the extension; a concurrent change of the offer (CONFLICT) rolls both back and the link is tried again on the
 * offer as it is now (nobody holds a stale copy to reload: the email only carries the token).
 */
export function actOnOfferAction(deps: OfferWriteDeps & Readonly<{ posters: OfferPosters }>) {
  return async (input: LinkRequest): Promise<Result<OfferActionOutcome, LinkInvalid | VersionConflict>> => {
    let acted = await spendLink(deps, input);
    for (let attempt = 1; attempt < MAX_ATTEMPTS && !acted.ok && acted.error.code === "CONFLICT"; attempt++) {
      acted = await spendLink(deps, input);
    }
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
