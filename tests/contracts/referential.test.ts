import { afterAll, beforeAll } from "vitest";
import { createMemoryCommuneReferential } from "../../src/adapters/memory/commune-referential.memory.ts";
import { createMemoryNomenclatureReferential } from "../../src/adapters/memory/nomenclature-referential.memory.ts";
import { createMemoryRomeReferential } from "../../src/adapters/memory/rome-referential.memory.ts";
import type { DatabaseHandle } from "../../src/adapters/postgres/database.ts";
import { createPgCommuneReferential } from "../../src/adapters/postgres/referential/commune-referential.postgres.ts";
import { createPgNomenclatureReferential } from "../../src/adapters/postgres/referential/nomenclature-referential.postgres.ts";
import { createPgRomeReferential } from "../../src/adapters/postgres/referential/rome-referential.postgres.ts";
import { seedReferential } from "../../src/adapters/postgres/referential/seed.ts";
import { createTestDatabase } from "../support/test-database.ts";
import { communeReferentialContract } from "./commune-referential.contract.ts";
import { nomenclatureReferentialContract } from "./nomenclature-referential.contract.ts";
import { romeReferentialContract } from "./rome-referential.contract.ts";

let database: DatabaseHandle;
let seeding = 0;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

/** Each call replaces the dataset: a new version string forces the seeder to re-import. */
const version = () => `contract-${++seeding}`;

romeReferentialContract("memory", async (fiches) => createMemoryRomeReferential(fiches));
romeReferentialContract("postgres", async (fiches) => {
  await seedReferential(database.db, { rome: { version: version(), items: fiches } }, new Date());
  return createPgRomeReferential(database.db);
});

communeReferentialContract("memory", async (communes) => createMemoryCommuneReferential(communes));
communeReferentialContract("postgres", async (communes) => {
  await seedReferential(database.db, { communes: { version: version(), items: communes } }, new Date());
  return createPgCommuneReferential(database.db);
});

nomenclatureReferentialContract("memory", async (data) => createMemoryNomenclatureReferential(data));
nomenclatureReferentialContract("postgres", async ({ naf, opcos, idcc }) => {
  const datasets = { naf: { version: version(), items: naf }, opco: { version: version(), items: opcos, idcc } };
  await seedReferential(database.db, datasets, new Date());
  return createPgNomenclatureReferential(database.db);
});
