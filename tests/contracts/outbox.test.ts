import { afterAll, beforeAll } from "vitest";
import { createMemoryOutbox } from "../../src/adapters/memory/outbox.memory.ts";
import { createMemoryUnitOfWork } from "../../src/adapters/memory/unit-of-work.memory.ts";
import type { DatabaseHandle } from "../../src/adapters/postgres/database.ts";
import { createPgOutbox } from "../../src/adapters/postgres/messaging/outbox.postgres.ts";
import { outboxMessages } from "../../src/adapters/postgres/schema.ts";
import { createPgUnitOfWork } from "../../src/adapters/postgres/unit-of-work.postgres.ts";
import { createTestDatabase } from "../support/test-database.ts";
import { outboxContract } from "./outbox.contract.ts";

let database: DatabaseHandle;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

outboxContract("memory", async () => {
  const outbox = createMemoryOutbox();
  return { outbox, unitOfWork: createMemoryUnitOfWork({ outbox }, [outbox]) };
});

outboxContract("postgres", async () => {
  await database.db.delete(outboxMessages);
  return {
    outbox: createPgOutbox(database.db),
    unitOfWork: createPgUnitOfWork(database.db, (tx) => ({ outbox: createPgOutbox(tx) })),
  };
});
