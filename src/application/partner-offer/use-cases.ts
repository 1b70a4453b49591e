import { getPartnerOffer } from "./get-partner-offer.ts";
import type { PartnerOfferStore } from "./ports.ts";

/** The public France Travail offer reads (the same wiring on PostgreSQL and on fakes). */
export function partnerOfferUseCases(deps: Readonly<{ partnerOffers: PartnerOfferStore }>) {
  return { getPartnerOffer: getPartnerOffer(deps) };
}

export type PartnerOfferUseCases = ReturnType<typeof partnerOfferUseCases>;
