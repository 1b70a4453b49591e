import { afterAll, beforeAll } from "vitest";
import { createMemorySearch } from "../../src/adapters/memory/search-index.memory.ts";
import type { DatabaseHandle } from "../../src/adapters/postgres/database.ts";
import { searchItemRomes, searchItems, searchLiveGenerations } from "../../src/adapters/postgres/schema.ts";
import { createPgSearchIndex } from "../../src/adapters/postgres/search/search-index.postgres.ts";
import { createPgSearchReader } from "../../src/adapters/postgres/search/search-reader.postgres.ts";
import type { SearchReadModelFactory } from "../support/search-builders.ts";
import { createTestDatabase } from "../support/test-database.ts";
import { searchIndexContract } from "./search-index.contract.ts";
import { searchReaderContract } from "./search-reader.contract.ts";

let database: DatabaseHandle;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

const memory: SearchReadModelFactory = async () => createMemorySearch();

const postgres: SearchReadModelFactory = async () => {
  const { db } = database;
  for (const table of [searchItemRomes, searchItems, searchLiveGenerations]) await db.delete(table);
  return { index: createPgSearchIndex(db), reader: createPgSearchReader(db) };
};

for (const [name, factory] of [
  ["memory", memory],
  ["postgres", postgres],
] as const) {
  searchIndexContract(name, factory);
  searchReaderContract(name, factory);
}
