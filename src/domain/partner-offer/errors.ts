/** GET /partner-offers/{id}: unknown, or withdrawn by France Travail. */
export type PartnerOfferNotFound = Readonly<{ code: "PARTNER_OFFER_NOT_FOUND"; id: string }>;
