import type { PartnerOfferNotFound } from "../application/partner-offer/index.ts";
import type { Catalogue } from "./problem-catalogue.ts";
import { refusalResponder } from "./refusals.ts";

/** Status and French wording of the France Travail offer refusals. */
export const partnerOfferCatalogue = {
  PARTNER_OFFER_NOT_FOUND: {
    status: 404,
    title: "Offre introuvable",
    detail: () =>
      "Cette offre France Travail n'existe pas ou n'est plus proposée : relancez une recherche pour voir les offres actuelles.",
  },
} satisfies Catalogue<PartnerOfferNotFound>;

/** problem+json for the France Travail offer routes. */
export const partnerOfferProblem = refusalResponder(partnerOfferCatalogue);
