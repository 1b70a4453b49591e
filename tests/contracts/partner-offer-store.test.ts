import { afterAll, beforeAll } from "vitest";
import { createMemoryPartnerOfferStore } from "../../src/adapters/memory/partner-offer-store.memory.ts";
import type { DatabaseHandle } from "../../src/adapters/postgres/database.ts";
import { createPgPartnerOfferStore } from "../../src/adapters/postgres/partner-offer/partner-offer-store.postgres.ts";
import { partnerOffers } from "../../src/adapters/postgres/schema.ts";
import { createTestDatabase } from "../support/test-database.ts";
import { partnerOfferStoreContract } from "./partner-offer-store.contract.ts";

let database: DatabaseHandle;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

partnerOfferStoreContract("memory", async () => createMemoryPartnerOfferStore());

partnerOfferStoreContract("postgres", async () => {
  await database.db.delete(partnerOffers);
  return createPgPartnerOfferStore(database.db);
});
