import { afterAll, beforeAll } from "vitest";
import { createMemoryMailbox } from "../../src/adapters/memory/mailbox.memory.ts";
import type { DatabaseHandle } from "../../src/adapters/postgres/database.ts";
import { createPgMailbox } from "../../src/adapters/postgres/messaging/mailbox.postgres.ts";
import { mailboxMessages } from "../../src/adapters/postgres/schema.ts";
import { aTestClock } from "../support/test-clock.ts";
import { createTestDatabase } from "../support/test-database.ts";
import { mailboxContract } from "./mailbox.contract.ts";
import { mailerContract } from "./mailer.contract.ts";

let database: DatabaseHandle;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

const freshPgMailbox = async (clock = aTestClock()) => {
  await database.db.delete(mailboxMessages);
  return createPgMailbox(database.db, clock);
};

mailboxContract("memory", async (clock) => createMemoryMailbox(clock));
mailboxContract("postgres", freshPgMailbox);

mailerContract("local mailbox, memory", async () => {
  const mailbox = createMemoryMailbox(aTestClock());
  return { mailer: mailbox, delivered: async () => [...mailbox.delivered()] };
});
mailerContract("local mailbox, postgres", async () => {
  const mailbox = await freshPgMailbox();
  return { mailer: mailbox, delivered: async () => mailbox.list({ to: null, limit: 100 }) };
});
