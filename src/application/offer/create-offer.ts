import type { OfferDraftRefusal } from "../../domain/offer/errors.ts";
import type { ActiveOffer, Workplace } from "../../domain/offer/offer.ts";
import type { OfferDraft } from "../../domain/offer/offer-draft.ts";
import { publishOffer } from "../../domain/offer/publish.ts";
import { type EmailError, parseEmail } from "../../domain/shared/email.ts";
import { err, ok, type Result } from "../../domain/shared/result.ts";
import type { RomeCode } from "../../domain/shared/rome-code.ts";
import type { GeocodedAddress, Geocoder } from "../geocoding/index.ts";
import { type Actor, actingOrganisation, type NotAMember, type OrganisationRequired } from "../identity/index.ts";
import { offerPublishedEmail } from "../messaging/index.ts";
import type { RomeReferential } from "../referential/index.ts";
import type { OfferCompany, OfferPosters } from "./offer-context.ts";
import { offerViewUrl } from "./offer-links.ts";
import type { OfferWriteDeps } from "./settings.ts";

export type NewOfferInput = Omit<
  OfferDraft,
  "organisationId" | "createdBy" | "contactEmail" | "workplace" | "partnerSiret" | "romeCode" | "employerName"
> &
  Readonly<{
    romeCode: string;
    contactEmail?: string | null;
    workplaceAddress?: string | null;
    partnerSiret?: string | null;
  }>;

export type PartnerInvalid = Readonly<{ code: "PARTNER_INVALID"; reason: "required" | "not_partner" | "company" }>;
export type AddressNotFound = Readonly<{ code: "ADDRESS_NOT_FOUND"; address: string }>;

export type CreateOfferRefusal =
  | OrganisationRequired
  | NotAMember
  | PartnerInvalid
  | AddressNotFound
  | EmailError
  | OfferDraftRefusal;

export type PublishedOffer = Readonly<{ offer: ActiveOffer; company: OfferCompany }>;

export type CreateOfferDeps = OfferWriteDeps &
  Readonly<{ posters: OfferPosters; romeReferential: RomeReferential; geocoder: Geocoder }>;

/**
 * `POST /api/v1/offers` (docs/PRODUCT.md §2): published at once for the acting organisation. A company posts for
 * itself; a CFA posts for one of its partner companies (`partnerSiret`). The workplace is the company's
 * establishment unless another address is given (geocoded). The contact (applications, reminders) defaults to
 * the member's email. Throws UpstreamUnavailable when the address cannot be geocoded for an outage.
 */
export function createOffer(deps: CreateOfferDeps) {
  return async (input: { actor: Actor; offer: NewOfferInput }): Promise<Result<PublishedOffer, CreateOfferRefusal>> => {
    const { actor, offer: fields } = input;
    const acting = actingOrganisation(actor);
    if (!acting.ok) return acting;
    const organisation = acting.value;
    const company = await companyFor(deps.posters, organisation, fields.partnerSiret ?? null);
    if (!company.ok) return company;
    const contact = parseEmail(fields.contactEmail?.trim() || actor.email);
    if (!contact.ok) return contact;
    const workplace = await workplaceFor(deps.geocoder, company.value, fields.workplaceAddress ?? null);
    if (!workplace.ok) return workplace;
    const employerName = await publicEmployerNameOf(deps.posters, organisation, company.value);
    const now = deps.clock.now();
    const draft: OfferDraft = {
      ...fields,
      romeCode: fields.romeCode as RomeCode,
      organisationId: organisation.id,
      createdBy: actor.userId,
      contactEmail: contact.value,
      workplace: workplace.value,
      partnerSiret: organisation.kind === "cfa" ? company.value.siret : null,
      employerName,
    };
    const fiche = await deps.romeReferential.findFiche(fields.romeCode as RomeCode);
    const published = publishOffer(draft, { id: deps.ids.next(), now, fiche, settings: deps.settings.rules });
    if (!published.ok) return published;
    const offer = published.value;
    await deps.unitOfWork.run(async (repos) => {
      await repos.offers.insert(offer);
      const email = offerPublishedEmail({
        offerTitle: offer.appellation ?? offer.romeLabel,
        organisationName: company.value.name,
        expiresAt: offer.expiresAt,
        viewUrl: offerViewUrl(deps.settings.publicUrl, offer.id),
        lifetimeDays: deps.settings.rules.lifetimeDays,
      });
      await repos.outbox.enqueue(
        { to: offer.contactEmail, ...email },
        { idempotencyKey: `offer-published/${offer.id}`, now },
      );
    });
    return ok({ offer, company: company.value });
  };
}

async function companyFor(
  posters: OfferPosters,
  organisation: Readonly<{ id: string; kind: "company" | "cfa" }>,
  partnerSiret: string | null,
): Promise<Result<OfferCompany, PartnerInvalid>> {
  if (organisation.kind === "company") {
    if (partnerSiret) return err({ code: "PARTNER_INVALID", reason: "company" });
    const own = await posters.companyOf(organisation.id);
    if (!own) throw new Error(`organisation ${organisation.id} has no establishment profile`);
    return ok(own);
  }
  if (!partnerSiret) return err({ code: "PARTNER_INVALID", reason: "required" });
  const partner = await posters.partnerOf(organisation.id, partnerSiret.replace(/\s+/g, ""));
  return partner ? ok(partner) : err({ code: "PARTNER_INVALID", reason: "not_partner" });
}

/** As publicEmployerOf (read-offers.ts) names it: the company, or the CFA posting for its partner. */
async function publicEmployerNameOf(
  posters: OfferPosters,
  organisation: Readonly<{ id: string; kind: "company" | "cfa" }>,
  company: OfferCompany,
): Promise<string> {
  if (organisation.kind === "company") return company.name;
  return (await posters.organisation(organisation.id))?.name ?? "";
}

async function workplaceFor(
  geocoder: Geocoder,
  company: OfferCompany,
  address: string | null,
): Promise<Result<Workplace, AddressNotFound>> {
  const wanted = address?.trim();
  if (!wanted) return ok(company.workplace);
  const found: GeocodedAddress | null = await geocoder.geocode(wanted);
  if (!found) return err({ code: "ADDRESS_NOT_FOUND", address: wanted });
  return ok({
    street: found.street,
    postcode: found.postcode,
    city: found.city,
    insee: found.insee,
    latitude: found.latitude,
    longitude: found.longitude,
  });
}
