import type { PartnerOfferNotFound } from "../../domain/partner-offer/errors.ts";
import type { PartnerOffer } from "../../domain/partner-offer/partner-offer.ts";
import { err, ok, type Result } from "../../domain/shared/result.ts";
import type { PartnerOfferStore } from "./ports.ts";

/** GET /partner-offers/{id}: an active France Travail offer; a withdrawn one is not found. */
export function getPartnerOffer(deps: Readonly<{ partnerOffers: PartnerOfferStore }>) {
  return async (id: string): Promise<Result<PartnerOffer, PartnerOfferNotFound>> => {
    const offer = await deps.partnerOffers.find(id);
    if (offer === null || offer.status !== "active") return err({ code: "PARTNER_OFFER_NOT_FOUND", id });
    return ok(offer);
  };
}
