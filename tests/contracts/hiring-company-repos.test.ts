import { sql } from "drizzle-orm";
import { afterAll, beforeAll } from "vitest";
import { createMemoryHiringCompanyTables } from "../../src/adapters/memory/hiring-company-repos.memory.ts";
import type { DatabaseHandle } from "../../src/adapters/postgres/database.ts";
import { createPgCompanyDecisions } from "../../src/adapters/postgres/hiring-company/company-requests.postgres.ts";
import {
  createPgCompanyGenerations,
  createPgHiringCompanies,
} from "../../src/adapters/postgres/hiring-company/hiring-companies.postgres.ts";
import { createTestDatabase } from "../support/test-database.ts";
import { hiringCompanyReposContract } from "./hiring-company-repos.contract.ts";

let database: DatabaseHandle;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

hiringCompanyReposContract("memory", async () => createMemoryHiringCompanyTables());

// PGlite by default, the server of DATABASE_URL when set (tests/support/test-database.ts).
hiringCompanyReposContract("postgres", async () => {
  await database.db.execute(
    sql`truncate hiring_companies, hiring_company_live, dereferenced_companies, hiring_company_contacts`,
  );
  return {
    hiringCompanies: createPgHiringCompanies(database.db),
    generations: createPgCompanyGenerations(database.db),
    companyDecisions: createPgCompanyDecisions(database.db),
  };
});
