import { afterAll, beforeAll } from "vitest";
import { createMemoryAppointmentRepos } from "../../src/adapters/memory/appointment-repos.memory.ts";
import { createPgAppointmentLinkRepository } from "../../src/adapters/postgres/appointment/appointment-links.postgres.ts";
import { createPgAppointmentRequestRepository } from "../../src/adapters/postgres/appointment/appointment-requests.postgres.ts";
import { createPgAppointmentSettingsRepository } from "../../src/adapters/postgres/appointment/appointment-settings.postgres.ts";
import type { DatabaseHandle, Db } from "../../src/adapters/postgres/database.ts";
import {
  appointmentEstablishmentSettings,
  appointmentReplyLinks,
  appointmentRequestSlots,
  appointmentRequests,
  appointmentTrainingSettings,
  parcoursupInvitations,
} from "../../src/adapters/postgres/schema.ts";
import { createPgUnitOfWork } from "../../src/adapters/postgres/unit-of-work.postgres.ts";
import { createTestDatabase } from "../support/test-database.ts";
import { type AppointmentStoresFactory, appointmentRepositoriesContract } from "./appointment-repositories.contract.ts";

let database: DatabaseHandle;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

const memory: AppointmentStoresFactory = async () => {
  const store = createMemoryAppointmentRepos();
  return { repos: store, unitOfWork: store.unitOfWork };
};

const bind = (db: Db) => ({
  appointmentSettings: createPgAppointmentSettingsRepository(db),
  appointmentRequests: createPgAppointmentRequestRepository(db),
  appointmentLinks: createPgAppointmentLinkRepository(db),
});

const postgres: AppointmentStoresFactory = async () => {
  const tables = [
    appointmentReplyLinks,
    appointmentRequests,
    appointmentRequestSlots,
    parcoursupInvitations,
    appointmentEstablishmentSettings,
    appointmentTrainingSettings,
  ];
  for (const table of tables) await database.db.delete(table);
  return { repos: bind(database.db), unitOfWork: createPgUnitOfWork(database.db, bind) };
};

for (const [name, factory] of [
  ["memory", memory],
  ["postgres", postgres],
] as const) {
  appointmentRepositoriesContract(name, factory);
}
