import type { z } from "@hono/zod-openapi";
import type { ManagedOffer, Offer, PublicOffer } from "../../application/offer/index.ts";
import type { NewOfferSchema, OfferSchema, PublicOfferSchema } from "../schemas/offer.schema.ts";

const iso = (date: Date | null) => date?.toISOString() ?? null;
const titleOf = (offer: Offer) => offer.appellation ?? offer.romeLabel;

/** Domain → JSON body of an offer for its organisation (console, writes). */
export function toOfferBody(managed: ManagedOffer): z.infer<typeof OfferSchema> {
  const { offer, company } = managed;
  return {
    id: offer.id,
    status: offer.status,
    title: titleOf(offer),
    romeCode: offer.romeCode,
    romeLabel: offer.romeLabel,
    appellation: offer.appellation,
    diplomaLevel: offer.diplomaLevel,
    contractTypes: [...offer.contractTypes],
    startDate: offer.startDate,
    durationMonths: offer.durationMonths,
    openings: offer.openings,
    description: offer.description,
    employerDescription: offer.employerDescription,
    contactEmail: offer.contactEmail,
    workplace: { ...offer.workplace },
    partnerSiret: offer.partnerSiret,
    company: company ? { siret: company.siret, name: company.name } : null,
    opco: company?.opco ? { ...company.opco } : null,
    createdAt: offer.createdAt.toISOString(),
    updatedAt: offer.updatedAt.toISOString(),
    expiresAt: offer.expiresAt.toISOString(),
    closedAt: offer.status === "filled" || offer.status === "deleted" ? iso(offer.closedAt) : null,
    closeReason: offer.status === "deleted" ? offer.closeReason : null,
    closeReasonDetail: offer.status === "deleted" ? offer.closeReasonDetail : null,
    applicationCount: managed.applicationCount,
    viewUrl: managed.viewUrl,
    version: offer.version,
  };
}

/** What candidates see: no contact email of a company; a CFA-posted offer shows the CFA instead. */
export function toPublicOfferBody({ offer, employer }: PublicOffer): z.infer<typeof PublicOfferSchema> {
  return {
    id: offer.id,
    title: titleOf(offer),
    romeCode: offer.romeCode,
    romeLabel: offer.romeLabel,
    appellation: offer.appellation,
    description: offer.description,
    employerDescription: offer.employerDescription,
    diplomaLevel: offer.diplomaLevel,
    contractTypes: [...offer.contractTypes],
    startDate: offer.startDate,
    durationMonths: offer.durationMonths,
    openings: offer.openings,
    publishedAt: offer.createdAt.toISOString(),
    expiresAt: offer.expiresAt.toISOString(),
    place: { city: offer.workplace.city, postcode: offer.workplace.postcode, insee: offer.workplace.insee },
    employer: { ...employer },
  };
}

/** A checked `POST /api/v1/offers` body (the JSON route's, or the console's publish form's) as createOffer takes it. */
export function newOfferInputOf(body: z.infer<typeof NewOfferSchema>) {
  return {
    ...body,
    appellation: body.appellation ?? null,
    diplomaLevel: body.diplomaLevel ?? null,
    employerDescription: body.employerDescription ?? null,
  };
}
