import type { Offer, Workplace } from "../../domain/offer/offer.ts";
import type { Siret } from "../../domain/shared/siret.ts";
import type { Actor } from "../identity/index.ts";

/** The company an offer is for: the posting company itself, or a CFA's partner company (mandat). */
export type OfferCompany = Readonly<{
  siret: Siret;
  name: string;
  workplace: Workplace;
  opco: Readonly<{ code: string; label: string }> | null;
}>;

/** What the offer context reads about the organisation that posts (recruiter and CFA-mandate contexts). */
export interface OfferPosters {
  /** The company's own establishment, for a company account; null when unknown. */
  companyOf(organisationId: string): Promise<OfferCompany | null>;
  /** One of this CFA's partner companies, null when the SIRET is not its partner. */
  partnerOf(cfaOrganisationId: string, siret: string): Promise<OfferCompany | null>;
  /** The organisation's public name (brand or legal name) and its kind; null when unknown. */
  organisation(organisationId: string): Promise<Readonly<{ name: string; kind: "company" | "cfa" }> | null>;
  /** The phone of a person, for the CFA contact of a CFA-posted offer. */
  phoneOf(userId: string): Promise<string | null>;
}

/**
 * Offers are seen and changed by the members of the owning organisation and by administrators (support);
 * everyone else is told the offer does not exist (404), so no id leaks another organisation's data.
 */
export function mayManage(actor: Actor, offer: Offer): boolean {
  return actor.isAdmin || actor.organisations.some((organisation) => organisation.id === offer.organisationId);
}

export type OfferNotFound = Readonly<{ code: "OFFER_NOT_FOUND"; offerId: string }>;

export const offerNotFound = (offerId: string): OfferNotFound => ({ code: "OFFER_NOT_FOUND", offerId });
