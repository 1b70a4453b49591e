import type { Db } from "../adapters/postgres/database.ts";
import { createPgPartnerCompanyRepository } from "../adapters/postgres/partner-companies.postgres.ts";
import { createPgUserRepository } from "../adapters/postgres/users.postgres.ts";
import { uuidGenerator } from "../adapters/system/system-clock.ts";
import * as cfaMandate from "../application/cfa-mandate/index.ts";
import { displayNameOf, type EstablishmentDirectory, type OpcoResolver } from "../application/recruiter/index.ts";
import type { Clock } from "../application/shared/ports.ts";
import type { CompanyAddress } from "./offer-posters.ts";

/**
 * The CFA-mandate part of the composition root (same role, same rights): partner companies in Postgres, INSEE and
 * the OPCO resolver shared with the recruiter context (same cache), the acting member read from identity's users.
 */
export function buildCfaMandate(
  db: Db,
  clock: Clock,
  recruiter: Readonly<{ establishments: EstablishmentDirectory; opcoResolver: OpcoResolver }>,
) {
  const partnerCompanies = createPgPartnerCompanyRepository(db);
  const users = createPgUserRepository(db);
  const findPartnerOfCfa = cfaMandate.findPartnerOfCfa({ partnerCompanies });
  return {
    useCases: {
      addPartnerCompany: cfaMandate.addPartnerCompany({
        ...recruiter,
        partnerCompanies,
        findUser: (userId) => users.findById(userId),
        clock,
        ids: uuidGenerator,
      }),
      listPartnerCompanies: cfaMandate.listPartnerCompanies({ partnerCompanies }),
    },
    /** What the offer context reads of a CFA's partner (its offers' company: name, workplace, OPCO). */
    partnerAddress: async (cfaOrganisationId: string, siret: string): Promise<CompanyAddress | null> => {
      const partner = await findPartnerOfCfa(cfaOrganisationId, siret);
      return partner && { siret: partner.siret, name: displayNameOf(partner), ...partner.address, opco: partner.opco };
    },
  };
}
