import { hasReachedExpiry, isClosed } from "../../domain/offer/offer.ts";
import type { Email } from "../../domain/shared/email.ts";
import type { Actor } from "../identity/index.ts";
import type { Clock } from "../shared/ports.ts";
import { mayManage } from "./offer-context.ts";
import type { OfferRepository } from "./ports.ts";

/** What the applications context needs to know of an offer a candidate applies to. */
export type OfferApplicationFacts = Readonly<{
  offerId: string;
  /** Active and before its expiry instant: it takes applications. */
  open: boolean;
  /** Where applications go: the offer's contact (for an offer a CFA posts for a partner, the CFA's). */
  contactEmail: Email;
  title: string;
  employerName: string;
  organisationId: string;
}>;

type FactDeps = Readonly<{ offers: Pick<OfferRepository, "findById">; clock: Clock }>;

/** The offer's facts for an application; null when no offer has that id. */
export function offerApplicationFacts(deps: FactDeps) {
  return async (offerId: string): Promise<OfferApplicationFacts | null> => {
    const offer = await deps.offers.findById(offerId);
    if (!offer) return null;
    return {
      offerId: offer.id,
      open: !isClosed(offer) && offer.status === "active" && !hasReachedExpiry(offer, deps.clock.now()),
      contactEmail: offer.contactEmail,
      title: offer.appellation ?? offer.romeLabel,
      employerName: offer.employerName ?? "",
      organisationId: offer.organisationId,
    };
  };
}

/** Whether this person may see the offer's applications: a member of its organisation, or support. */
export function offerManagedBy(deps: Readonly<{ offers: Pick<OfferRepository, "findById"> }>) {
  return async (actor: Actor, offerId: string): Promise<boolean> => {
    const offer = await deps.offers.findById(offerId);
    return offer !== null && mayManage(actor, offer);
  };
}
