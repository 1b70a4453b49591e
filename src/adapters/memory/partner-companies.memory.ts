import type { PartnerCompanyRepository } from "../../application/cfa-mandate/ports.ts";
import type { PartnerCompany } from "../../domain/cfa-mandate/partner-company.ts";

/** The in-memory partner companies, for application tests and the contract suite; `rows` lets tests look inside. */
export function createMemoryPartnerCompanyRepository(rows: PartnerCompany[] = []): PartnerCompanyRepository {
  const find = (cfaOrganisationId: string, siret: string) =>
    rows.find((row) => row.cfaOrganisationId === cfaOrganisationId && row.siret === siret) ?? null;
  return {
    async add(partner) {
      if (find(partner.cfaOrganisationId, partner.siret)) return "exists";
      rows.push(partner);
      return "added";
    },
    async listByCfa(cfaOrganisationId) {
      return rows.filter((row) => row.cfaOrganisationId === cfaOrganisationId).sort(newestFirst);
    },
    async findByCfaAndSiret(cfaOrganisationId, siret) {
      return find(cfaOrganisationId, siret);
    },
  };
}

/** As the Postgres adapter: createdAt descending, then id in byte order (`collate "C"`). */
function newestFirst(a: PartnerCompany, b: PartnerCompany): number {
  const byDate = b.createdAt.getTime() - a.createdAt.getTime();
  if (byDate !== 0) return byDate;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
