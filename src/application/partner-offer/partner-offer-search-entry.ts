import { franceTravailOfferPage, type PartnerOffer } from "../../domain/partner-offer/partner-offer.ts";
import type { SearchEntry } from "../search/index.ts";

/**
 * The offer's row of the jobs search read model; null when it must not be found: withdrawn, or without
 * coordinates (stored, shown by its id, but no search by place can reach it).
 */
export function partnerOfferSearchEntry(offer: PartnerOffer): SearchEntry | null {
  const { latitude, longitude } = offer.place;
  if (offer.status !== "active" || latitude === null || longitude === null) return null;
  const canApply = offer.contactEmail !== null;
  return {
    kind: "partner_offer",
    id: offer.id,
    title: offer.title,
    romeCodes: [offer.romeCode],
    companyName: offer.companyName ?? "",
    place: { city: offer.place.city, postcode: offer.place.postcode, latitude, longitude },
    diplomaLevel: offer.diplomaLevel,
    contractTypes: offer.contractTypes,
    createdAt: offer.createdAt,
    importRank: null,
    expiresAt: null,
    canApply,
    applyUrl: canApply ? null : franceTravailOfferPage(offer.id),
    phone: null,
    website: null,
  };
}
