import type { DiplomaLevel } from "../referential/nomenclatures.ts";
import type { ContractTypes } from "../shared/contract-type.ts";
import type { Email } from "../shared/email.ts";
import type { RomeCode } from "../shared/rome-code.ts";

/** Where a France Travail offer's work takes place; France Travail leaves the coordinates out of some offers. */
type PartnerOfferPlace = Readonly<{
  /** France Travail's label, "75 - Paris 15e Arrondissement". */
  label: string | null;
  city: string | null;
  postcode: string | null;
  inseeCode: string | null;
  latitude: number | null;
  longitude: number | null;
}>;

/**
 * A France Travail offer of apprenticeship or professionalisation, as the daily sync copies it (the licence asks
 * for at most 24 hours of staleness). `withdrawn`: no longer returned by France Travail; kept, never shown.
 */
export type PartnerOffer = Readonly<{
  /** France Travail's offer id ("193XKPY"). */
  id: string;
  title: string;
  romeCode: RomeCode;
  companyName: string | null;
  place: PartnerOfferPlace;
  /** France Travail's instants: publication and last update. */
  createdAt: Date;
  updatedAt: Date;
  contractTypes: ContractTypes;
  /** Only when the offer states an education level we can place on the 3–7 scale. */
  diplomaLevel: DiplomaLevel["level"] | null;
  description: string;
  /** The recruiter's email when France Travail gives it: the candidate then applies from our service. */
  contactEmail: Email | null;
  status: "active" | "withdrawn";
}>;

/** The offer as France Travail describes it, before we keep it (a source yields these). */
export type PartnerOfferContent = Omit<PartnerOffer, "status">;

/** The offer's page on France Travail's site, where a candidate applies when no email is known. */
export function franceTravailOfferPage(id: string): string {
  return `https://candidat.francetravail.fr/offres/recherche/detail/${encodeURIComponent(id)}`;
}

/** Whether a sync must rewrite an offer: any field the public sees, or its status, differs. */
export function sameOffer(a: PartnerOffer, b: PartnerOffer): boolean {
  return contentKey(a) === contentKey(b);
}

function contentKey(offer: PartnerOffer): string {
  return JSON.stringify([
    offer.id,
    offer.title,
    offer.romeCode,
    offer.companyName,
    offer.place,
    offer.createdAt.getTime(),
    offer.updatedAt.getTime(),
    offer.contractTypes,
    offer.diplomaLevel,
    offer.description,
    offer.contactEmail,
    offer.status,
  ]);
}
