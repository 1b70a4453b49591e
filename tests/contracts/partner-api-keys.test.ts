import { afterAll, beforeAll } from "vitest";
import { createMemoryPartnerApiKeyRepository } from "../../src/adapters/memory/partner-api-keys.memory.ts";
import type { DatabaseHandle } from "../../src/adapters/postgres/database.ts";
import { createPgPartnerApiKeyRepository } from "../../src/adapters/postgres/partner-access/partner-api-keys.postgres.ts";
import { partnerApiKeys } from "../../src/adapters/postgres/partner-access/schema.ts";
import { createTestDatabase } from "../support/test-database.ts";
import { partnerApiKeysContract } from "./partner-api-keys.contract.ts";

let database: DatabaseHandle;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

partnerApiKeysContract("memory", async () => createMemoryPartnerApiKeyRepository());
partnerApiKeysContract("postgres", async () => {
  await database.db.delete(partnerApiKeys);
  return createPgPartnerApiKeyRepository(database.db);
});
