import type { Offer } from "../../domain/offer/offer.ts";
import type { SearchEntry } from "../search/index.ts";

/**
 * What the jobs search shows of an offer (issue 11 "Read model"): an active offer whose workplace is placed, else
 * nothing (filled, deleted, expired or without coordinates: not found). A pure function of the offer, so the unit
 * of work that changes the offer writes its entry too, without reading another context. `expiresAt` keeps an offer
 * past its expiry out of search even before `offers:expire` marks it.
 */
export function searchEntryOf(offer: Offer): SearchEntry | null {
  const { city, postcode, latitude, longitude } = offer.workplace;
  if (offer.status !== "active" || latitude === null || longitude === null) return null;
  return {
    kind: "offer",
    id: offer.id,
    title: offer.appellation ?? offer.romeLabel,
    romeCodes: [offer.romeCode],
    companyName: offer.employerName ?? "",
    place: { city, postcode, latitude, longitude },
    diplomaLevel: offer.diplomaLevel,
    contractTypes: offer.contractTypes,
    createdAt: offer.createdAt,
    importRank: null,
    expiresAt: offer.expiresAt,
    // Every offer has a contact email: candidates apply here.
    canApply: true,
    applyUrl: null,
    phone: null,
    website: null,
  };
}
