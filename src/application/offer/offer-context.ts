import type { Offer } from "../../domain/offer/offer.ts";
import type { Actor } from "../identity/index.ts";

/**
 * Offers are seen and changed by the members of the owning organisation and by administrators (support);
 * everyone else is told the offer does not exist (404), so no id leaks another organisation's data.
 */
export function mayManage(actor: Actor, offer: Offer): boolean {
  return actor.isAdmin || actor.organisations.some((organisation) => organisation.id === offer.organisationId);
}

export type OfferNotFound = Readonly<{ code: "OFFER_NOT_FOUND"; offerId: string }>;

export const offerNotFound = (offerId: string): OfferNotFound => ({ code: "OFFER_NOT_FOUND", offerId });

export type { OfferCompany, OfferPosters } from "./ports.ts";
