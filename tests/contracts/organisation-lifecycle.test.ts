import { afterAll, beforeAll } from "vitest";
import { createMemoryOrganisationLifecycle } from "../../src/adapters/memory/organisation-lifecycle.memory.ts";
import { createMemoryUnitOfWork } from "../../src/adapters/memory/unit-of-work.memory.ts";
import type { DatabaseHandle } from "../../src/adapters/postgres/database.ts";
import { createPgOrganisationRepository } from "../../src/adapters/postgres/identity/organisations.postgres.ts";
import { createPgOfferRepository } from "../../src/adapters/postgres/offer/offers.postgres.ts";
import { createPgSearchIndex } from "../../src/adapters/postgres/search/search-index.postgres.ts";
import { createPgUnitOfWork } from "../../src/adapters/postgres/unit-of-work.postgres.ts";
import { offersCloseWithTheirOrganisation } from "../../src/composition/offer.ts";
import { anOrganisation } from "../support/identity-builders.ts";
import { anOffer } from "../support/offer-builders.ts";
import { createTestDatabase } from "../support/test-database.ts";
import { ORGANISATION_A, ORGANISATION_B, organisationLifecycleContract } from "./organisation-lifecycle.contract.ts";

let database: DatabaseHandle;
beforeAll(async () => {
  database = await createTestDatabase();
  const organisations = createPgOrganisationRepository(database.db);
  await organisations.create(anOrganisation(ORGANISATION_A, { siret: "99100001900125" }));
  await organisations.create(anOrganisation(ORGANISATION_B, { siret: "99100002700112" }));
});
afterAll(() => database.close());

organisationLifecycleContract("memory", async () => {
  const lifecycle = createMemoryOrganisationLifecycle();
  return {
    unitOfWork: createMemoryUnitOfWork({ organisationLifecycle: lifecycle }, [lifecycle]),
    stopped: async (organisationId) => lifecycle.events().some((event) => event.organisationId === organisationId),
  };
});

/** The real one: the reactions the modules declare (offers close), run on identity's transaction. */
organisationLifecycleContract("postgres (module reactions)", async () => {
  const offers = createPgOfferRepository(database.db);
  await database.db.execute("truncate offers cascade");
  await offers.insert(anOffer("offer-a", { organisationId: ORGANISATION_A }));
  await offers.insert(anOffer("offer-b", { organisationId: ORGANISATION_B }));
  return {
    unitOfWork: createPgUnitOfWork(database.db, (tx) => ({
      organisationLifecycle: { organisationClosed: offersCloseWithTheirOrganisation(tx, createPgSearchIndex(tx)) },
    })),
    stopped: async (organisationId) => (await offers.listOpenByOrganisation(organisationId)).length === 0,
  };
});
