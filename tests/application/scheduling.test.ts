import { describe, expect, it } from "vitest";
import { createMemoryJobSchedule } from "../../src/adapters/memory/job-schedule.memory.ts";
import { createJobRunner, type Job, runJobNow } from "../../src/application/scheduling/index.ts";
import { aRecordingLogger, aTestClock } from "../support/test-clock.ts";

function setUp(run: Job["run"] = async () => undefined) {
  const clock = aTestClock();
  const logger = aRecordingLogger();
  const schedule = createMemoryJobSchedule();
  const runs: Date[] = [];
  const job: Job = {
    name: "offers:expire",
    everyMs: 60_000,
    leaseMs: 10_000,
    run: async (now) => {
      runs.push(now);
      return run(now);
    },
  };
  const deps = { schedule, jobs: [job], clock, logger, owner: "instance-a" };
  const runner = createJobRunner({ ...deps, tickMs: 10 });
  const sleep = async (ms: number) => clock.advance(ms);
  const runNow = runJobNow({ ...deps, waitMs: 1_000, sleep });
  return { clock, logger, schedule, runs, job, runner, runNow };
}

describe("the job runner", () => {
  it("runs a due job as of the clock, then every `everyMs`", async () => {
    const { runner, runs, clock } = setUp();
    await runner.tick();
    clock.advance(59_999);
    await runner.tick();
    clock.advance(1);
    await runner.tick();
    expect(runs).toEqual([new Date("2026-11-02T08:00:00Z"), new Date("2026-11-02T08:01:00Z")]);
  });

  it("logs and records a failing run, releases the job and runs it again next period", async () => {
    const { runner, runs, clock, logger, schedule } = setUp(async () => {
      throw new Error("catalogue unreachable");
    });
    await runner.tick();
    expect(schedule.row("offers:expire")).toMatchObject({ lockedBy: null, lastError: "Error: catalogue unreachable" });
    expect(logger.lines).toContainEqual(expect.objectContaining({ level: "error", message: "job failed" }));
    clock.advance(60_000);
    await runner.tick();
    expect(runs).toHaveLength(2);
  });

  it("stop() waits for the run in progress", async () => {
    let finish = () => {};
    const { runner, schedule } = setUp(() => new Promise((resolve) => (finish = () => resolve(undefined))));
    runner.start();
    await expect.poll(() => schedule.row("offers:expire")?.lockedBy).toBe("instance-a");
    const stopped = runner.stop();
    finish();
    await stopped;
    expect(schedule.row("offers:expire")?.lockedBy).toBeNull();
  });
});

describe("runJobNow", () => {
  it("runs the job as of the given instant and answers when it has finished", async () => {
    const { runNow, runs } = setUp(async () => ({ sent: 2 }));
    const result = await runNow({ name: "offers:expire", now: new Date("2026-12-01T08:00:00Z") });
    expect(result).toEqual({
      ok: true,
      value: expect.objectContaining({
        name: "offers:expire",
        now: new Date("2026-12-01T08:00:00Z"),
        summary: { sent: 2 },
      }),
    });
    expect(runs).toEqual([new Date("2026-12-01T08:00:00Z")]);
  });

  it("leaves the schedule as it was", async () => {
    const { runNow, runner, runs, schedule } = setUp();
    await runner.tick();
    const nextRunAt = schedule.row("offers:expire")?.nextRunAt;
    await runNow({ name: "offers:expire", now: new Date("2027-01-01T00:00:00Z") });
    expect(schedule.row("offers:expire")?.nextRunAt).toEqual(nextRunAt);
    expect(runs).toHaveLength(2);
  });

  it("refuses an unknown name", async () => {
    const { runNow } = setUp();
    expect(await runNow({ name: "nope:nothing" })).toEqual({
      ok: false,
      error: { code: "JOB_UNKNOWN", name: "nope:nothing" },
    });
  });

  it("waits for a run held elsewhere, then answers JOB_BUSY", async () => {
    const { runNow, schedule, clock, job, runs } = setUp();
    await schedule.leaseNow({ job, now: clock.now(), owner: "instance-b" });
    expect(await runNow({ name: "offers:expire" })).toEqual({
      ok: false,
      error: { code: "JOB_BUSY", name: "offers:expire" },
    });
    expect(runs).toEqual([]);
  });
});
