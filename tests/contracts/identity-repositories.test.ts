import { afterAll, beforeAll } from "vitest";
import { createMemoryIdentity } from "../../src/adapters/memory/identity-repos.memory.ts";
import type { DatabaseHandle } from "../../src/adapters/postgres/database.ts";
import {
  identityLinks,
  joinRequests,
  loginLinkRequests,
  memberships,
  organisations,
  sessions,
  users,
} from "../../src/adapters/postgres/schema.ts";
import { createPgUnitOfWork } from "../../src/adapters/postgres/unit-of-work.postgres.ts";
import { identityRepositories } from "../../src/composition/identity.ts";
import { createTestDatabase } from "../support/test-database.ts";
import { identityOrganisationsContract } from "./identity-organisations.contract.ts";
import { type IdentityFactory, identityPeopleContract } from "./identity-people.contract.ts";

let database: DatabaseHandle;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

const memory: IdentityFactory = async () => {
  const identity = createMemoryIdentity();
  return { repos: identity, unitOfWork: identity.unitOfWork };
};

/** These suites do not close organisations' offers: no other context reacts. */
const noReactions = { events: { organisationClosed: async () => {}, offerFilled: async () => {} } };

const postgres: IdentityFactory = async () => {
  const tables = [memberships, identityLinks, sessions, joinRequests, loginLinkRequests, organisations, users];
  for (const table of tables) await database.db.delete(table);
  return {
    repos: identityRepositories(database.db, noReactions),
    unitOfWork: createPgUnitOfWork(database.db, (tx) => identityRepositories(tx, noReactions)),
  };
};

identityPeopleContract("memory", memory);
identityPeopleContract("postgres", postgres);
identityOrganisationsContract("memory", memory);
identityOrganisationsContract("postgres", postgres);
