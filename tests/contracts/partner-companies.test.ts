import { afterAll, beforeAll } from "vitest";
import { createMemoryPartnerCompanyRepository } from "../../src/adapters/memory/partner-companies.memory.ts";
import { createPgPartnerCompanyRepository } from "../../src/adapters/postgres/cfa-mandate/partner-companies.postgres.ts";
import type { DatabaseHandle } from "../../src/adapters/postgres/database.ts";
import { createPgOrganisationRepository } from "../../src/adapters/postgres/identity/organisations.postgres.ts";
import { anOrganisation } from "../support/identity-builders.ts";
import { createTestDatabase } from "../support/test-database.ts";
import { partnerCompaniesContract } from "./partner-companies.contract.ts";

let database: DatabaseHandle;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

let sequence = 0;

partnerCompaniesContract("memory", async () => ({
  repository: createMemoryPartnerCompanyRepository(),
  aCfa: async () => `cfa-${++sequence}`,
}));

partnerCompaniesContract("postgres", async () => ({
  repository: createPgPartnerCompanyRepository(database.db),
  aCfa: async () => {
    const cfa = anOrganisation(`cfa-${++sequence}`, { kind: "cfa", siret: String(20_000_000_000_000 + sequence) });
    await createPgOrganisationRepository(database.db).create(cfa);
    return cfa.id;
  },
}));
