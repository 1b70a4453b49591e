import type { DiffusibleEstablishment, EstablishmentAddress } from "../shared/establishment.ts";
import type { NafCode } from "../shared/naf-code.ts";
import type { Siret } from "../shared/siret.ts";
import type { PartnerContact } from "./partner-contact.ts";

/**
 * A company on whose behalf a CFA posts offers ("entreprise partenaire", FAQ "Gérer mes entreprises
 * partenaires"). The mandate only expresses a hiring need, with no contractual obligation. Legal data comes from
 * INSEE at the time it was added; `opco` from the OPCO resolver (null when unknown).
 */
export type PartnerCompany = Readonly<{
  id: string;
  cfaOrganisationId: string;
  siret: Siret;
  legalName: string;
  brand: string | null;
  address: EstablishmentAddress;
  nafCode: NafCode | null;
  opco: Readonly<{ code: string; label: string }> | null;
  contact: PartnerContact;
  createdAt: Date;
}>;

export type NewPartnerCompany = Readonly<{
  id: string;
  cfaOrganisationId: string;
  establishment: DiffusibleEstablishment;
  opco: PartnerCompany["opco"];
  contact: PartnerContact;
  now: Date;
}>;

/** The partner as saved: the establishment's legal data as INSEE gives it, the contact's names trimmed. */
export function newPartnerCompany(input: NewPartnerCompany): PartnerCompany {
  const { establishment, contact } = input;
  return {
    id: input.id,
    cfaOrganisationId: input.cfaOrganisationId,
    siret: establishment.siret,
    legalName: establishment.legalName,
    brand: establishment.brand,
    address: establishment.address,
    nafCode: establishment.nafCode,
    opco: input.opco && { code: input.opco.code, label: input.opco.label },
    contact: { ...contact, firstName: contact.firstName.trim(), lastName: contact.lastName.trim() },
    createdAt: input.now,
  };
}
