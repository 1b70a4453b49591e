import { describe, expect, it } from "vitest";
import { createMemoryJobSchedule } from "../../src/adapters/memory/job-schedule.memory.ts";
import { createCronerJobCalendar } from "../../src/adapters/system/job-calendar.croner.ts";
import { createJobRunner, type Job, type JobProgress, runJobNow } from "../../src/application/scheduling/index.ts";
import { aRecordingLogger, aTestClock } from "../support/test-clock.ts";

const calendar = createCronerJobCalendar("Europe/Paris");
const HOUR = 3_600_000;

/** A runner over one nightly job (02:30, Paris) and one interval job, with the clock at `start`. */
function setUp(start: string, cron = "30 2 * * *") {
  const clock = aTestClock(start);
  const schedule = createMemoryJobSchedule();
  const runs: string[] = [];
  const nightly: Job = {
    name: "catalogue:import",
    cron,
    leaseMs: 60_000,
    run: async (now) => void runs.push(now.toISOString()),
  };
  const frequent: Job = { name: "outbox:dispatch", everyMs: HOUR, leaseMs: 1_000, run: async () => undefined };
  const deps = { schedule, jobs: [nightly, frequent], clock, logger: aRecordingLogger(), owner: "instance-a" };
  const runner = createJobRunner({ ...deps, tickMs: 10, calendar });
  /** Ticks every `stepMs` (10 minutes) until `until`. */
  const tickUntil = async (until: string, stepMs = 10 * 60_000) => {
    while (clock.now() < new Date(until)) {
      await runner.tick();
      clock.advance(stepMs);
    }
  };
  return { clock, schedule, runs, runner, tickUntil, deps };
}

describe("calendar jobs", () => {
  it("are first due at their next calendar time, not at start-up; interval jobs at once", async () => {
    const { runner, schedule, runs } = setUp("2026-11-02T08:00:00Z");
    await runner.tick();
    expect(runs).toEqual([]);
    expect(schedule.row("catalogue:import")?.nextRunAt).toEqual(new Date("2026-11-03T01:30:00Z"));
    expect(schedule.row("outbox:dispatch")?.lastRunAt).toEqual(new Date("2026-11-02T08:00:00Z"));
  });

  it("run once a night at 02:30 Paris time, then are due the next night", async () => {
    const { runs, schedule, tickUntil } = setUp("2026-11-02T08:00:00Z");
    await tickUntil("2026-11-05T08:00:00Z");
    expect(runs).toEqual(["2026-11-03T01:30:00.000Z", "2026-11-04T01:30:00.000Z", "2026-11-05T01:30:00.000Z"]);
    expect(schedule.row("catalogue:import")?.nextRunAt).toEqual(new Date("2026-11-06T01:30:00Z"));
  });

  it("run once the March night 02:30 does not exist, at 03:00 summer time", async () => {
    const { runs, tickUntil } = setUp("2026-03-27T12:00:00Z");
    await tickUntil("2026-03-30T12:00:00Z");
    expect(runs).toEqual(["2026-03-28T01:30:00.000Z", "2026-03-29T01:00:00.000Z", "2026-03-30T00:30:00.000Z"]);
  });

  it("run once the October night 02:30 happens twice, the first time", async () => {
    const { runs, tickUntil } = setUp("2026-10-23T12:00:00Z");
    await tickUntil("2026-10-26T12:00:00Z");
    expect(runs).toEqual(["2026-10-24T00:30:00.000Z", "2026-10-25T00:30:00.000Z", "2026-10-26T01:30:00.000Z"]);
  });

  it("run monthly on the 1st at 04:00 Paris time, across month ends", async () => {
    const { runs, tickUntil } = setUp("2027-01-15T12:00:00Z", "0 4 1 * *");
    await tickUntil("2027-04-02T00:00:00Z", HOUR);
    expect(runs).toEqual(["2027-02-01T03:00:00.000Z", "2027-03-01T03:00:00.000Z", "2027-04-01T02:00:00.000Z"]);
  });

  it("missed while no instance ran, run once when the runner comes back, then at the next calendar time", async () => {
    const { runner, runs, schedule, clock } = setUp("2026-11-02T08:00:00Z");
    await runner.tick();
    clock.set("2026-11-05T09:00:00Z");
    await runner.tick();
    await runner.tick();
    expect(runs).toEqual(["2026-11-05T09:00:00.000Z"]);
    expect(schedule.row("catalogue:import")?.nextRunAt).toEqual(new Date("2026-11-06T01:30:00Z"));
  });

  it("keep their schedule when the runner restarts", async () => {
    const { runner, deps, clock, schedule, runs } = setUp("2026-11-02T08:00:00Z");
    await runner.tick();
    clock.set("2026-11-03T01:00:00Z");
    await createJobRunner({ ...deps, tickMs: 10, calendar }).tick();
    expect(runs).toEqual([]);
    expect(schedule.row("catalogue:import")?.nextRunAt).toEqual(new Date("2026-11-03T01:30:00Z"));
  });
});

describe("building the runner", () => {
  const deps = { schedule: createMemoryJobSchedule(), clock: aTestClock(), logger: aRecordingLogger(), owner: "a" };
  const aJob = (cron: string): Job => ({ name: "catalogue:import", cron, leaseMs: 1_000, run: async () => undefined });

  it("refuses an invalid cron expression, naming the job", () => {
    expect(() => createJobRunner({ ...deps, jobs: [aJob("61 2 * * *")], tickMs: 10, calendar })).toThrow(
      /^Tâche catalogue:import : expression cron invalide « 61 2 \* \* \* » : .+/,
    );
  });

  it("refuses a cron expression with seconds, and one naming no date", () => {
    for (const cron of ["0 30 2 * * *", "0 4 30 2 *"])
      expect(() => createJobRunner({ ...deps, jobs: [aJob(cron)], tickMs: 10, calendar }), cron).toThrow(
        /catalogue:import/,
      );
  });

  it("refuses a calendar job when no calendar reads it", () => {
    expect(() => createJobRunner({ ...deps, jobs: [aJob("30 2 * * *")], tickMs: 10 })).toThrow(/catalogue:import/);
  });

  it("refuses an interval that is not a positive number of milliseconds", () => {
    const job: Job = { name: "offers:expire", everyMs: 0, leaseMs: 1_000, run: async () => undefined };
    expect(() => createJobRunner({ ...deps, jobs: [job], tickMs: 10 })).toThrow(/offers:expire : intervalle invalide/);
  });
});

describe("runJobNow and progress", () => {
  it("hands the caller's progress to the job, and one that ignores everything otherwise", async () => {
    const seen: (JobProgress | undefined)[] = [];
    const job: Job = {
      name: "catalogue:import",
      cron: "30 2 * * *",
      leaseMs: 1_000,
      run: async (_now, progress) => {
        seen.push(progress);
        progress?.total(2);
        progress?.advance(2);
        return { message: "2 lues." };
      },
    };
    const clock = aTestClock();
    const deps = { schedule: createMemoryJobSchedule(), jobs: [job], clock, logger: aRecordingLogger(), owner: "a" };
    const runNow = runJobNow({ ...deps, waitMs: 0, sleep: async () => undefined });
    const counted: number[] = [];
    const progress: JobProgress = {
      total: (units) => counted.push(units ?? -1),
      advance: (units) => counted.push(units),
    };
    expect(await runNow({ name: job.name, progress })).toMatchObject({
      ok: true,
      value: { summary: { message: "2 lues." } },
    });
    await runNow({ name: job.name });
    expect(counted).toEqual([2, 2]);
    expect(seen[0]).toBe(progress);
    expect(seen[1]).toEqual({ total: expect.any(Function), advance: expect.any(Function) });
  });
});
