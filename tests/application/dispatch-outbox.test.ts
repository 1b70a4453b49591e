import { describe, expect, it } from "vitest";
import { createMemoryMailbox } from "../../src/adapters/memory/mailbox.memory.ts";
import { createMemoryOutbox } from "../../src/adapters/memory/outbox.memory.ts";
import { createMemoryUnitOfWork } from "../../src/adapters/memory/unit-of-work.memory.ts";
import { dispatchOutbox, type Mailer, MailRejected } from "../../src/application/messaging/index.ts";
import { UpstreamUnavailable } from "../../src/application/shared/ports.ts";
import { anEmail } from "../support/messaging-builders.ts";
import { aRecordingLogger, aTestClock } from "../support/test-clock.ts";

const settings = {
  retry: { maxAttempts: 3, baseDelayMs: 1_000, maxDelayMs: 60_000 },
  batchSize: 2,
  maxBatches: 10,
  leaseMs: 60_000,
};

function setUp(mailerOverride?: (mailbox: Mailer) => Mailer) {
  const clock = aTestClock();
  const logger = aRecordingLogger();
  const outbox = createMemoryOutbox();
  const mailbox = createMemoryMailbox(clock);
  const mailer = mailerOverride ? mailerOverride(mailbox) : mailbox;
  const dispatch = dispatchOutbox({ outbox, mailer, clock, logger, settings });
  const unitOfWork = createMemoryUnitOfWork({ outbox }, [outbox]);
  const enqueue = (key: string, to = `${key}@example.com`) =>
    unitOfWork.run(({ outbox }) => outbox.enqueue(anEmail({ to }), { idempotencyKey: key, now: clock.now() }));
  return { clock, logger, outbox, mailbox, dispatch, enqueue, unitOfWork };
}

/** Fails `times` times with `error`, then delivers through `mailer`. */
const failing =
  (times: number, error: () => Error) =>
  (mailer: Mailer): Mailer => {
    let failures = 0;
    return { send: async (email, key) => (failures++ < times ? Promise.reject(error()) : mailer.send(email, key)) };
  };

describe("dispatchOutbox", () => {
  it("delivers every due message once, with its idempotency key, across batches", async () => {
    const { outbox, mailbox, dispatch, enqueue, clock } = setUp();
    for (const key of ["k1", "k2", "k3"]) await enqueue(key);
    expect(await dispatch(clock.now())).toEqual({ sent: 3, retried: 0, dead: 0 });
    expect(await dispatch(clock.now())).toEqual({ sent: 0, retried: 0, dead: 0 });
    expect(mailbox.delivered().map((m) => [m.idempotencyKey, m.to])).toEqual([
      ["k1", "k1@example.com"],
      ["k2", "k2@example.com"],
      ["k3", "k3@example.com"],
    ]);
    expect(outbox.rows().map((r) => [r.status, r.attempts, r.sentAt])).toEqual(Array(3).fill(["sent", 1, clock.now()]));
  });

  it("retries a provider outage with exponential backoff, then delivers with the same key", async () => {
    const { outbox, mailbox, dispatch, enqueue, clock } = setUp(
      failing(2, () => new UpstreamUnavailable("Resend", "HTTP 503")),
    );
    await enqueue("k1");
    expect(await dispatch(clock.now())).toMatchObject({ retried: 1 });
    expect(outbox.rows()[0]).toMatchObject({ status: "pending", nextAttemptAt: new Date("2026-11-02T08:00:01Z") });
    clock.advance(999);
    expect(await dispatch(clock.now())).toEqual({ sent: 0, retried: 0, dead: 0 });
    clock.advance(1);
    expect(await dispatch(clock.now())).toMatchObject({ retried: 1 });
    expect(outbox.rows()[0]?.nextAttemptAt).toEqual(new Date("2026-11-02T08:00:03Z"));
    clock.advance(2_000);
    expect(await dispatch(clock.now())).toMatchObject({ sent: 1 });
    expect(mailbox.delivered()).toHaveLength(1);
    expect(outbox.rows()[0]).toMatchObject({ status: "sent", attempts: 3, lastError: null });
  });

  it("gives up after the last attempt: the message stays, dead, and an error is logged", async () => {
    const { outbox, dispatch, enqueue, clock, logger } = setUp(
      failing(99, () => new UpstreamUnavailable("Resend", "down")),
    );
    await enqueue("k1");
    for (let attempt = 0; attempt < 3; attempt++) {
      await dispatch(clock.now());
      clock.advance(60_000);
    }
    expect(await dispatch(clock.now())).toEqual({ sent: 0, retried: 0, dead: 0 });
    expect(outbox.rows()[0]).toMatchObject({
      status: "dead",
      attempts: 3,
      lastError: "UpstreamUnavailable: Resend: down",
    });
    expect(logger.lines.filter((l) => l.level === "error")).toEqual([
      expect.objectContaining({ message: "outbox message dead", fields: expect.objectContaining({ messageId: "1" }) }),
    ]);
  });

  it("does not retry a message the provider refuses for good", async () => {
    const { outbox, dispatch, enqueue, clock } = setUp(failing(1, () => new MailRejected("Resend: HTTP 422")));
    await enqueue("k1");
    expect(await dispatch(clock.now())).toEqual({ sent: 0, retried: 0, dead: 1 });
    expect(outbox.rows()[0]).toMatchObject({ status: "dead", attempts: 1 });
  });

  it("delivers at once a message enqueued by a run 'as of' a future instant", async () => {
    const { outbox, mailbox, dispatch, clock } = setUp();
    await outbox.enqueue(anEmail(), { idempotencyKey: "future", now: new Date("2027-01-01T00:00:00Z") });
    await dispatch(clock.now());
    expect(mailbox.delivered()).toHaveLength(1);
  });

  it("after a crash mid-batch, a restarted dispatcher delivers the rest once the lease ends, without duplicates", async () => {
    let calls = 0;
    const crashOnSecond = (mailbox: Mailer): Mailer => ({
      send: async (email, key) => {
        await mailbox.send(email, key);
        if (++calls === 2) await new Promise(() => {}); // the process dies after sending, before marking sent
      },
    });
    const first = setUp(crashOnSecond);
    for (const key of ["k1", "k2", "k3"]) await first.enqueue(key);
    void first.dispatch(first.clock.now());
    await expect.poll(() => calls).toBe(2);

    const restarted = dispatchOutbox({ ...first, mailer: first.mailbox, settings });
    expect(await restarted(first.clock.now())).toEqual({ sent: 1, retried: 0, dead: 0 }); // k3; k2 is still leased
    first.clock.advance(settings.leaseMs);
    expect(await restarted(first.clock.now())).toEqual({ sent: 1, retried: 0, dead: 0 }); // k2, sent again
    expect(first.mailbox.delivered().map((m) => m.idempotencyKey)).toEqual(["k1", "k2", "k3"]);
    expect(first.outbox.rows().map((r) => [r.idempotencyKey, r.status, r.attempts])).toEqual([
      ["k1", "sent", 1],
      ["k2", "sent", 2],
      ["k3", "sent", 1],
    ]);
  });
});

describe("enqueueing inside a UnitOfWork", () => {
  it("keeps nothing when the unit throws after enqueueing", async () => {
    const { outbox, unitOfWork, clock } = setUp();
    const failure = unitOfWork.run(async ({ outbox }) => {
      await outbox.enqueue(anEmail(), { idempotencyKey: "k1", now: clock.now() });
      throw new Error("the business write failed");
    });
    await expect(failure).rejects.toThrow("the business write failed");
    expect(outbox.rows()).toEqual([]);
  });
});
