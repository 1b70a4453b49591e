import type { Offer } from "../../domain/offer/offer.ts";
import { type ConsoleTab, isPubliclyVisible, statusesOfTab } from "../../domain/offer/visibility.ts";
import { err, ok, type Result } from "../../domain/shared/result.ts";
import { type Actor, actingOrganisation, type NotAMember, type OrganisationRequired } from "../identity/index.ts";
import type { Clock } from "../shared/ports.ts";
import { findManagedOffer } from "./manage-offer.ts";
import { type OfferCompany, type OfferNotFound, type OfferPosters, offerNotFound } from "./offer-context.ts";
import { offerViewUrl } from "./offer-links.ts";
import type { ApplicationCounter, OfferRepository } from "./ports.ts";

export type ConsoleOffer = Readonly<{ offer: Offer; applicationCount: number; viewUrl: string }>;

type ReadDeps = Readonly<{
  offers: OfferRepository;
  applications: ApplicationCounter;
  posters: OfferPosters;
  clock: Clock;
  publicUrl: string;
}>;

/** `GET /api/v1/console/offers?tab=`: the acting organisation's offers of one tab, with their application counts. */
export function listConsoleOffers(deps: ReadDeps) {
  return async (input: {
    actor: Actor;
    tab: ConsoleTab;
  }): Promise<Result<readonly ConsoleOffer[], OrganisationRequired | NotAMember>> => {
    const acting = actingOrganisation(input.actor);
    if (!acting.ok) return acting;
    const offers = await deps.offers.listByOrganisation(acting.value.id, statusesOfTab(input.tab));
    const counts = await deps.applications.countByOffer(offers.map((offer) => offer.id));
    return ok(
      offers.map((offer) => ({
        offer,
        applicationCount: counts.get(offer.id) ?? 0,
        viewUrl: offerViewUrl(deps.publicUrl, offer.id),
      })),
    );
  };
}

export type ManagedOffer = ConsoleOffer & Readonly<{ company: OfferCompany | null }>;

/** `GET /api/v1/console/offers/{id}`: one offer for its organisation's members (404 for anyone else). */
export function getManagedOffer(deps: ReadDeps) {
  return async (input: { actor: Actor; offerId: string }): Promise<Result<ManagedOffer, OfferNotFound>> => {
    const found = await findManagedOffer(deps, input.actor, input.offerId);
    if (!found.ok) return found;
    const offer = found.value;
    const counts = await deps.applications.countByOffer([offer.id]);
    return ok({
      offer,
      applicationCount: counts.get(offer.id) ?? 0,
      viewUrl: offerViewUrl(deps.publicUrl, offer.id),
      company: await companyOfOffer(deps.posters, offer),
    });
  };
}

/** Who the public sees behind an offer: the company, or for a CFA-posted offer only the CFA and its contact. */
export type PublicEmployer =
  | Readonly<{ kind: "company"; name: string }>
  | Readonly<{ kind: "cfa"; name: string; contactEmail: string; phone: string | null }>;

export type PublicOffer = Readonly<{ offer: Offer; employer: PublicEmployer }>;

/** A public offer with its page's canonical address ({PUBLIC_URL}/offres/{id}). */
export type PublishedOffer = PublicOffer & Readonly<{ viewUrl: string }>;

/**
 * `GET /api/v1/offers/{id}` for candidates: active offers only (a closed or expired one is 404 at once). An offer
 * a CFA posts for a partner keeps the company anonymous: the CFA's name and contact stand in its place.
 */
export function getPublicOffer(deps: ReadDeps) {
  return async (input: { offerId: string }): Promise<Result<PublishedOffer, OfferNotFound>> => {
    const offer = await deps.offers.findById(input.offerId);
    if (!offer || !isPubliclyVisible(offer, deps.clock.now())) return err(offerNotFound(input.offerId));
    const employer = await publicEmployerOf(deps.posters, offer);
    return ok({ offer, employer, viewUrl: offerViewUrl(deps.publicUrl, offer.id) });
  };
}

/** The employer candidates and partners see: the company, or for a CFA-posted offer the CFA and its contact. */
export async function publicEmployerOf(posters: OfferPosters, offer: Offer): Promise<PublicEmployer> {
  const organisation = await posters.organisation(offer.organisationId);
  if (offer.partnerSiret !== null) {
    const phone = await posters.phoneOf(offer.createdBy);
    return { kind: "cfa", name: organisation?.name ?? "", contactEmail: offer.contactEmail, phone };
  }
  const company = await posters.companyOf(offer.organisationId);
  return { kind: "company", name: company?.name ?? organisation?.name ?? "" };
}

async function companyOfOffer(posters: OfferPosters, offer: Offer): Promise<OfferCompany | null> {
  return offer.partnerSiret === null
    ? posters.companyOf(offer.organisationId)
    : posters.partnerOf(offer.organisationId, offer.partnerSiret);
}
