import { afterAll, beforeAll } from "vitest";
import { createMemoryOfferRepos } from "../../src/adapters/memory/offer-repos.memory.ts";
import type { DatabaseHandle, Db } from "../../src/adapters/postgres/database.ts";
import { createPgOrganisationRepository } from "../../src/adapters/postgres/identity/organisations.postgres.ts";
import {
  createPgOfferActionLinkRepository,
  createPgOfferShareRepository,
} from "../../src/adapters/postgres/offer/offer-action-links.postgres.ts";
import { createPgOfferRepository } from "../../src/adapters/postgres/offer/offers.postgres.ts";
import { offerActionLinks, offerCfaShares, offers } from "../../src/adapters/postgres/schema.ts";
import { createPgUnitOfWork } from "../../src/adapters/postgres/unit-of-work.postgres.ts";
import { anOrganisation } from "../support/identity-builders.ts";
import { createTestDatabase } from "../support/test-database.ts";
import { offerActionLinksContract } from "./offer-action-links.contract.ts";
import {
  type OfferStores,
  type OfferStoresFactory,
  ORG_A,
  ORG_B,
  offerRepositoryContract,
} from "./offer-repository.contract.ts";
import { offerSharesContract } from "./offer-shares.contract.ts";

let database: DatabaseHandle;
beforeAll(async () => {
  database = await createTestDatabase();
  // Offers reference their organisation: the two the suites post for exist once, for every case.
  const organisations = createPgOrganisationRepository(database.db);
  await organisations.create(anOrganisation(ORG_A, { siret: "99100001900125" }));
  await organisations.create(anOrganisation(ORG_B, { kind: "cfa", siret: "99100002700110" }));
});
afterAll(() => database.close());

const memory: OfferStoresFactory = async () => {
  const store = createMemoryOfferRepos();
  return { repos: store, unitOfWork: store.unitOfWork };
};

const bind = (db: Db): OfferStores => ({
  offers: createPgOfferRepository(db),
  offerActionLinks: createPgOfferActionLinkRepository(db),
  offerShares: createPgOfferShareRepository(db),
});

const postgres: OfferStoresFactory = async () => {
  for (const table of [offerCfaShares, offerActionLinks, offers]) await database.db.delete(table);
  return { repos: bind(database.db), unitOfWork: createPgUnitOfWork(database.db, bind) };
};

for (const [name, factory] of [
  ["memory", memory],
  ["postgres", postgres],
] as const) {
  offerRepositoryContract(name, factory);
  offerActionLinksContract(name, factory);
  offerSharesContract(name, factory);
}
