import type { PartnerCompany } from "../../domain/cfa-mandate/partner-company.ts";
import { parseSiret } from "../../domain/shared/siret.ts";
import type { PartnerCompanyRepository } from "./ports.ts";

/**
 * What the offer context asks before a CFA posts for a company (docs/API.md `POST /offers`, `partnerSiret`): this CFA's
 * partner with this SIRET (spaces ignored), or null when the SIRET is malformed or not one of its partners.
 */
export function findPartnerOfCfa(deps: Readonly<{ partnerCompanies: PartnerCompanyRepository }>) {
  return async (cfaOrganisationId: string, siret: string): Promise<PartnerCompany | null> => {
    const parsed = parseSiret(siret);
    return parsed.ok ? deps.partnerCompanies.findByCfaAndSiret(cfaOrganisationId, parsed.value) : null;
  };
}
