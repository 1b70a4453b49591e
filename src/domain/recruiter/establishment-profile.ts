import type { EstablishmentAddress } from "../shared/establishment.ts";
import type { NafCode } from "../shared/naf-code.ts";
import type { Siret } from "../shared/siret.ts";

/**
 * Where the OPCO came from: found from the SIRET or the collective agreement ("resolved"), chosen by the recruiter
 * because none was found ("declared"), or still unknown (null opco).
 */
type OpcoSource = "resolved" | "declared";

/**
 * The establishment an organisation signed up with, as known at sign-up: legal data from INSEE (a company) or
 * from the apprenticeship catalogue (a CFA), and the OPCO. Read-only for members (docs/PRODUCT.md §2: legal data is
 * corrected at the source); offers take their workplace address and OPCO from it.
 */
export type EstablishmentProfile = Readonly<{
  organisationId: string;
  siret: Siret;
  legalName: string;
  brand: string | null;
  address: EstablishmentAddress;
  nafCode: NafCode | null;
  nafLabel: string | null;
  headcountBand: string | null;
  opco: Readonly<{ code: string; label: string; source: OpcoSource }> | null;
  /** A CFA's UAI from the catalogue; null for a company. */
  uai: string | null;
  createdAt: Date;
}>;

/** The name shown to members, candidates and in emails: the brand when there is one (FAQ: "enseigne"). */
export function displayNameOf(profile: Pick<EstablishmentProfile, "legalName" | "brand">): string {
  return profile.brand?.trim() || profile.legalName;
}
