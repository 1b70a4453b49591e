import { describe, expect, it } from "vitest";
import { createMemoryJobSchedule } from "../../src/adapters/memory/job-schedule.memory.ts";
import { createMemoryMailbox } from "../../src/adapters/memory/mailbox.memory.ts";
import { createMemoryOutbox } from "../../src/adapters/memory/outbox.memory.ts";
import { type Mailer, outboxJobs } from "../../src/application/messaging/index.ts";
import { createJobRunner } from "../../src/application/scheduling/index.ts";
import type { Heartbeat } from "../../src/application/shared/heartbeat.ts";
import { anEmail } from "../support/messaging-builders.ts";
import { aRecordingLogger, aTestClock, type TestClock } from "../support/test-clock.ts";

/**
 * issue 9 §4: a process killed while sending held the `outbox:dispatch` job and its messages for 60 s and 5 min;
 * with the production leases (src/application/messaging/outbox-jobs.ts) and a heartbeat, another instance sends
 * them within seconds, and not while the first one is alive.
 */

/** A heartbeat the test fires by hand: a killed process is one whose beats never come again. */
function manualHeartbeat() {
  const beats = new Set<() => Promise<unknown>>();
  const heartbeat: Heartbeat = (_everyMs, beat) => {
    beats.add(beat);
    return () => beats.delete(beat);
  };
  return { heartbeat, fire: () => Promise.all([...beats].map((beat) => beat())) };
}

/** One service instance: its runner with the outbox jobs, on the shared schedule and outbox. */
function anInstance(world: World, owner: string, mailer: Mailer) {
  const beats = manualHeartbeat();
  const deps = { clock: world.clock, logger: aRecordingLogger(), heartbeat: beats.heartbeat };
  const jobs = outboxJobs({
    ...deps,
    outbox: world.outbox,
    mailer,
    retry: { maxAttempts: 5, baseDelayMs: 1_000 },
    retentionDays: 7,
  });
  const runner = createJobRunner({ ...deps, schedule: world.schedule, jobs, owner, tickMs: 1_000 });
  return { runner, beats };
}

type World = Readonly<{
  clock: TestClock;
  outbox: ReturnType<typeof createMemoryOutbox>;
  schedule: ReturnType<typeof createMemoryJobSchedule>;
}>;

/** A mailer that never answers: the process dies inside `send`. */
function hangingMailer() {
  const calls: string[] = [];
  const mailer: Mailer = { send: (_email, key) => new Promise(() => void calls.push(key)) };
  return { mailer, calls };
}

async function aCrashedSend() {
  const world: World = { clock: aTestClock(), outbox: createMemoryOutbox(), schedule: createMemoryJobSchedule() };
  await world.outbox.enqueue(anEmail({ to: "lea@example.com" }), {
    idempotencyKey: "login-link/u1/1",
    now: world.clock.now(),
  });
  const hanging = hangingMailer();
  const first = anInstance(world, "instance-a", hanging.mailer);
  void first.runner.tick();
  await expect.poll(() => hanging.calls).toEqual(["login-link/u1/1"]);
  const mailbox = createMemoryMailbox(world.clock);
  const second = anInstance(world, "instance-b", mailbox);
  return { world, first, second, mailbox };
}

describe("a process killed while it sends an email", () => {
  it("another instance sends it 20 seconds later, once", async () => {
    const { world, second, mailbox } = await aCrashedSend();
    world.clock.advance(20_000);
    await second.runner.tick();
    expect(mailbox.delivered().map((m) => m.idempotencyKey)).toEqual(["login-link/u1/1"]);
    expect(world.outbox.rows()).toEqual([expect.objectContaining({ status: "sent", attempts: 2 })]);
  });

  it("while the sending process is alive, its heartbeat keeps the job and the message", async () => {
    const { world, first, second, mailbox } = await aCrashedSend();
    for (let seconds = 0; seconds < 60; seconds += 5) {
      world.clock.advance(5_000);
      await first.beats.fire();
      await second.runner.tick();
    }
    expect(mailbox.delivered()).toEqual([]);
    expect(world.schedule.row("outbox:dispatch")?.lockedBy).toBe("instance-a");
  });
});
