import { afterAll, beforeAll } from "vitest";
import { createMemoryMailbox } from "../../src/adapters/memory/mailbox.memory.ts";
import type { DatabaseHandle } from "../../src/adapters/postgres/database.ts";
import { createPgMailbox } from "../../src/adapters/postgres/messaging/mailbox.postgres.ts";
import { mailboxMessages } from "../../src/adapters/postgres/schema.ts";
import type { DeliveredEmail, Mailbox } from "../../src/application/messaging/ports.ts";
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

/** What a local mailbox delivered, each listed attachment read back whole, as a developer would open it. */
const deliveredBy = (mailbox: Mailbox, listed: () => Promise<readonly DeliveredEmail[]>) => async () =>
  Promise.all(
    (await listed()).map(async (message) => ({
      ...message,
      attachments: (await Promise.all(message.attachments.map((a) => mailbox.attachment(a.id)))).filter(
        (file) => file !== null,
      ),
    })),
  );

mailerContract("local mailbox, memory", async () => {
  const mailbox = createMemoryMailbox(aTestClock());
  return { mailer: mailbox, delivered: deliveredBy(mailbox, async () => mailbox.delivered()) };
});
mailerContract("local mailbox, postgres", async () => {
  const mailbox = await freshPgMailbox();
  return { mailer: mailbox, delivered: deliveredBy(mailbox, () => mailbox.list({ to: null, limit: 100 })) };
});
