/** The partner-offer context's public face: other contexts, the HTTP layer and the composition import this file. */
export type { PartnerOfferNotFound } from "../../domain/partner-offer/errors.ts";
export { franceTravailOfferPage, type PartnerOffer } from "../../domain/partner-offer/partner-offer.ts";
export { getPartnerOffer } from "./get-partner-offer.ts";
export { partnerOfferJobs } from "./partner-offer-jobs.ts";
export type { PartnerOfferSource } from "./ports.ts";
export { syncPartnerOffers } from "./sync-partner-offers.ts";
export { type PartnerOfferUseCases, partnerOfferUseCases } from "./use-cases.ts";
