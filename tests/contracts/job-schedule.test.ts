import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMemoryJobSchedule } from "../../src/adapters/memory/job-schedule.memory.ts";
import type { DatabaseHandle } from "../../src/adapters/postgres/database.ts";
import { createPgJobSchedule } from "../../src/adapters/postgres/scheduling/job-schedule.postgres.ts";
import { scheduledJobs } from "../../src/adapters/postgres/schema.ts";
import { createCronerJobCalendar } from "../../src/adapters/system/job-calendar.croner.ts";
import { createJobRunner, type Job } from "../../src/application/scheduling/index.ts";
import { aRecordingLogger, aTestClock } from "../support/test-clock.ts";
import { createTestDatabase } from "../support/test-database.ts";
import { jobScheduleContract } from "./job-schedule.contract.ts";

let database: DatabaseHandle;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

jobScheduleContract("memory", async () => createMemoryJobSchedule());
jobScheduleContract("postgres", async () => {
  await database.db.delete(scheduledJobs);
  return createPgJobSchedule(database.db);
});

describe("two runners on one database", () => {
  const clock = aTestClock();
  let active = 0;
  let maxActive = 0;
  const runs: string[] = [];
  const job: Job = {
    name: "offers:remind",
    everyMs: 60_000,
    leaseMs: 30_000,
    run: async (now) => {
      maxActive = Math.max(maxActive, ++active);
      runs.push(now.toISOString());
      await new Promise((resolve) => setTimeout(resolve, 20));
      active--;
      return undefined;
    },
  };
  const runnerFor = (owner: string) =>
    createJobRunner({
      schedule: createPgJobSchedule(database.db),
      jobs: [job],
      clock,
      logger: aRecordingLogger(),
      owner,
      tickMs: 10,
    });

  it("never run the same job at the same time, and run each due period once", async () => {
    await database.db.delete(scheduledJobs);
    const [a, b] = [runnerFor("instance-a"), runnerFor("instance-b")];
    for (let period = 0; period < 5; period++) {
      await Promise.all([a.tick(), b.tick(), a.tick(), b.tick()]);
      clock.advance(job.everyMs);
    }
    expect(maxActive).toBe(1);
    expect(runs).toEqual(
      [0, 1, 2, 3, 4].map((i) => new Date(Date.parse("2026-11-02T08:00:00Z") + i * 60_000).toISOString()),
    );
  });
});

describe("two runners on one database, with a nightly job", () => {
  it("run it once a night, the March night 02:30 does not exist included", async () => {
    await database.db.delete(scheduledJobs);
    const clock = aTestClock("2026-03-27T12:00:00Z");
    const runs: string[] = [];
    const job: Job = {
      name: "catalogue:import",
      cron: "30 2 * * *",
      leaseMs: 30_000,
      run: async (now) => void runs.push(now.toISOString()),
    };
    const runnerFor = (owner: string) =>
      createJobRunner({
        schedule: createPgJobSchedule(database.db),
        jobs: [job],
        clock,
        logger: aRecordingLogger(),
        owner,
        tickMs: 10,
        calendar: createCronerJobCalendar("Europe/Paris"),
      });
    const [a, b] = [runnerFor("instance-a"), runnerFor("instance-b")];
    while (clock.now() < new Date("2026-03-30T12:00:00Z")) {
      await Promise.all([a.tick(), b.tick()]);
      clock.advance(30 * 60_000);
    }
    expect(runs).toEqual(["2026-03-28T01:30:00.000Z", "2026-03-29T01:00:00.000Z", "2026-03-30T00:30:00.000Z"]);
  });
});
