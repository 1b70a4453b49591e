import { afterAll, beforeAll } from "vitest";
import { createMemoryTrainingCatalogue } from "../../src/adapters/memory/training-catalogue.memory.ts";
import type { DatabaseHandle } from "../../src/adapters/postgres/database.ts";
import { trainingImports, trainings } from "../../src/adapters/postgres/schema.ts";
import { createPgCatalogueImports } from "../../src/adapters/postgres/training/catalogue-imports.postgres.ts";
import { createPgTrainingProviderRegistry } from "../../src/adapters/postgres/training/training-providers.postgres.ts";
import { createPgTrainingStore } from "../../src/adapters/postgres/training/training-store.postgres.ts";
import { createTestDatabase } from "../support/test-database.ts";
import { catalogueImportsContract } from "./catalogue-imports.contract.ts";
import { trainingProviderRegistryContract } from "./training-providers.contract.ts";
import type { TrainingCatalogueFactory } from "./trainings-fixtures.ts";
import { trainingStoreContract } from "./trainings-store.contract.ts";

let database: DatabaseHandle;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

const memory: TrainingCatalogueFactory = async () => createMemoryTrainingCatalogue();

const postgres: TrainingCatalogueFactory = async () => {
  const { db } = database;
  // Staged records go with their import (on delete cascade).
  for (const table of [trainingImports, trainings]) await db.delete(table);
  return {
    store: createPgTrainingStore(db),
    providers: createPgTrainingProviderRegistry(db),
    imports: createPgCatalogueImports(db),
  };
};

for (const [name, factory] of [
  ["memory", memory],
  ["postgres", postgres],
] as const) {
  trainingStoreContract(name, factory);
  catalogueImportsContract(name, factory);
  trainingProviderRegistryContract(name, factory);
}
