import { afterAll, beforeAll } from "vitest";
import { createMemoryTrainingReports } from "../../src/adapters/memory/training-reports.memory.ts";
import type { DatabaseHandle } from "../../src/adapters/postgres/database.ts";
import { trainingReports } from "../../src/adapters/postgres/training/reports-schema.ts";
import { createPgTrainingReports } from "../../src/adapters/postgres/training/training-reports.postgres.ts";
import { createTestDatabase } from "../support/test-database.ts";
import { trainingReportsContract } from "./training-reports.contract.ts";

let database: DatabaseHandle;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

trainingReportsContract("memory", async () => createMemoryTrainingReports());

// PGlite by default, the server of DATABASE_URL when set (tests/support/test-database.ts).
trainingReportsContract("postgres", async () => {
  await database.db.delete(trainingReports);
  return createPgTrainingReports(database.db);
});
