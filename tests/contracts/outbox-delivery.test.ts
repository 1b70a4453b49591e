import { asc } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../../src/adapters/postgres/database.ts";
import { createPgMailbox } from "../../src/adapters/postgres/messaging/mailbox.postgres.ts";
import { createPgOutbox } from "../../src/adapters/postgres/messaging/outbox.postgres.ts";
import { mailboxMessages, outboxMessages } from "../../src/adapters/postgres/schema.ts";
import { createPgUnitOfWork } from "../../src/adapters/postgres/unit-of-work.postgres.ts";
import { createResendMailer } from "../../src/adapters/resend/mailer.resend.ts";
import { createTextSealer } from "../../src/adapters/system/text-sealer.webcrypto.ts";
import { dispatchOutbox, type Mailer } from "../../src/application/messaging/index.ts";
import { aCvAttachment, anEmail, fingerprints, MAX_CV_BYTES } from "../support/messaging-builders.ts";
import { type ResendStub, startResendStub } from "../support/resend-stub.ts";
import { aRecordingLogger, aTestClock, type TestClock } from "../support/test-clock.ts";
import { createTestDatabase } from "../support/test-database.ts";

/** What the service seals outbox bodies with (docs/adr/0017), under a test secret. */
const sealer = createTextSealer("a test secret for sealed outbox bodies");

/** The "Done when": the real outbox table, the real mailers, a stub of Resend's API. */
let database: DatabaseHandle;
let stub: ResendStub;
beforeAll(async () => {
  database = await createTestDatabase();
  stub = await startResendStub();
});
afterAll(async () => {
  await stub.close();
  await database.close();
});

let clock: TestClock;
beforeEach(async () => {
  clock = aTestClock();
  stub.requests.length = 0;
  stub.emails.clear();
  await database.db.delete(outboxMessages);
  await database.db.delete(mailboxMessages);
});

const settings = {
  retry: { maxAttempts: 8, baseDelayMs: 2_000, maxDelayMs: 3_600_000 },
  batchSize: 10,
  maxBatches: 5,
  leaseMs: 300_000,
};
const resend = () =>
  createResendMailer({ apiKey: "re_test_key", from: "LBA <ne-pas-repondre@lba.test>", baseUrl: stub.url });
const dispatcher = (mailer: Mailer) =>
  dispatchOutbox({ outbox: createPgOutbox(database.db, sealer), mailer, clock, logger: aRecordingLogger(), settings });
const unitOfWork = () => createPgUnitOfWork(database.db, (tx) => ({ outbox: createPgOutbox(tx, sealer) }));
const enqueueInTransaction = (...keys: string[]) =>
  unitOfWork().run(async ({ outbox }) => {
    for (const key of keys)
      await outbox.enqueue(anEmail({ to: `${key}@example.com` }), { idempotencyKey: key, now: clock.now() });
  });
const outboxRows = () => database.db.select().from(outboxMessages).orderBy(asc(outboxMessages.id));

describe("outbox → Resend, provider failing twice then accepting", () => {
  it("delivers exactly one message, every attempt carrying the same idempotency key", async () => {
    stub.script({ status: 500 }, { status: 429 });
    await enqueueInTransaction("application-received/1");
    const dispatch = dispatcher(resend());

    expect(await dispatch(clock.now())).toEqual({ sent: 0, retried: 1, dead: 0 });
    clock.advance(2_000);
    expect(await dispatch(clock.now())).toEqual({ sent: 0, retried: 1, dead: 0 });
    clock.advance(3_999);
    expect(await dispatch(clock.now())).toEqual({ sent: 0, retried: 0, dead: 0 }); // backoff: 4 s this time
    clock.advance(1);
    expect(await dispatch(clock.now())).toEqual({ sent: 1, retried: 0, dead: 0 });
    expect(await dispatch(clock.now())).toEqual({ sent: 0, retried: 0, dead: 0 });

    expect(stub.requests.map((r) => [r.status, r.idempotencyKey])).toEqual([
      [500, "application-received/1"],
      [429, "application-received/1"],
      [200, "application-received/1"],
    ]);
    expect([...stub.emails.keys()]).toEqual(["application-received/1"]);
    expect(await outboxRows()).toEqual([expect.objectContaining({ status: "sent", attempts: 3, lockedUntil: null })]);
  });
});

describe("outbox → mailer, with a 3 MiB CV attached", () => {
  const cv = aCvAttachment({ size: MAX_CV_BYTES });
  const enqueueApplication = () =>
    unitOfWork().run(({ outbox }) =>
      outbox.enqueue(anEmail({ to: "recrutement@example.com", attachments: [cv] }), {
        idempotencyKey: "application/a1/recipient",
        now: clock.now(),
      }),
    );

  it("reaches Resend byte for byte, and the outbox keeps neither body nor CV once sent", async () => {
    await enqueueApplication();
    expect(await dispatcher(resend())(clock.now())).toEqual({ sent: 1, retried: 0, dead: 0 });
    const sent = stub.emails.get("application/a1/recipient");
    expect(fingerprints(sent?.attachments ?? [])).toEqual(fingerprints([cv]));
    expect(await outboxRows()).toEqual([expect.objectContaining({ status: "sent", sealedBody: null })]);
  });

  it("reaches the local mailbox, which gives the CV back whole", async () => {
    await enqueueApplication();
    const mailbox = createPgMailbox(database.db, clock);
    expect(await dispatcher(mailbox)(clock.now())).toEqual({ sent: 1, retried: 0, dead: 0 });
    const [message] = await mailbox.list({ to: "recrutement@example.com", limit: 1 });
    const file = await mailbox.attachment(message?.attachments[0]?.id ?? "");
    expect(fingerprints(file ? [file] : [])).toEqual(fingerprints([cv]));
  });
});

/** Sends through `mailer`, but the `crashAt`-th call never returns after sending: the process died there. */
function crashingAfterSend(mailer: Mailer, crashAt: number) {
  const state = { calls: 0 };
  const crashing: Mailer = {
    send: async (email, key) => {
      await mailer.send(email, key);
      if (++state.calls === crashAt) await new Promise(() => {});
    },
  };
  return { crashing, state };
}

describe.each([
  ["Resend (stub)", () => resend(), async () => [...stub.emails.keys()].sort()],
  [
    "local mailbox",
    () => createPgMailbox(database.db, clock),
    async () =>
      (await createPgMailbox(database.db, clock).list({ to: null, limit: 100 })).map((m) => m.to.split("@")[0]).sort(),
  ],
])("a dispatcher stopped mid-batch, then restarted — %s", (_name, makeMailer, deliveredKeys) => {
  it("loses nothing and duplicates nothing", async () => {
    await enqueueInTransaction("k1", "k2", "k3", "k4", "k5");
    const { crashing, state } = crashingAfterSend(makeMailer(), 3);
    void dispatcher(crashing)(clock.now()); // leases all five, sends k1..k3, dies before marking k3 sent
    await expect.poll(() => state.calls).toBe(3);

    const restarted = dispatcher(makeMailer());
    expect(await restarted(clock.now())).toEqual({ sent: 0, retried: 0, dead: 0 }); // k3..k5 still leased
    clock.advance(settings.leaseMs);
    expect(await restarted(clock.now())).toEqual({ sent: 3, retried: 0, dead: 0 });

    expect(await deliveredKeys()).toEqual(["k1", "k2", "k3", "k4", "k5"]);
    expect((await outboxRows()).map((r) => [r.idempotencyKey, r.status, r.attempts])).toEqual([
      ["k1", "sent", 1],
      ["k2", "sent", 1],
      ["k3", "sent", 2],
      ["k4", "sent", 2],
      ["k5", "sent", 2],
    ]);
  });
});
