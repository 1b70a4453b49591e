import { beforeEach, describe, expect, it } from "vitest";
import type { JobSchedule } from "../../src/application/scheduling/ports.ts";

/** An empty schedule. */
export type JobScheduleFactory = () => Promise<JobSchedule>;

const t0 = new Date("2026-11-02T08:00:00Z");
const at = (ms: number) => new Date(t0.getTime() + ms);
const job = { name: "offers:expire", leaseMs: 10_000 };
const other = { name: "outbox:dispatch", leaseMs: 1_000 };

export function jobScheduleContract(name: string, factory: JobScheduleFactory) {
  describe(`JobSchedule contract — ${name}`, () => {
    let schedule: JobSchedule;
    beforeEach(async () => {
      schedule = await factory();
      await schedule.register([job, other], t0);
    });
    const leaseDue = (nowMs: number, owner = "a", names = [job.name, other.name]) =>
      schedule.leaseDue({ names, now: at(nowMs), owner });

    it("leases the due jobs once: a second caller gets nothing while the leases hold", async () => {
      expect(await schedule.leaseDue({ names: [job.name, other.name], now: at(-1), owner: "a" })).toEqual([]);
      expect(await leaseDue(0, "a")).toEqual(["offers:expire", "outbox:dispatch"]);
      expect(await leaseDue(0, "b")).toEqual([]);
    });

    it("only among the names asked for, and only registered jobs", async () => {
      expect(await leaseDue(0, "a", [other.name, "never:registered"])).toEqual(["outbox:dispatch"]);
    });

    it("a lease ends after the job's own lease length (a crashed instance's job comes back)", async () => {
      await leaseDue(0, "a");
      expect(await leaseDue(999, "b")).toEqual([]);
      expect(await leaseDue(1_000, "b")).toEqual(["outbox:dispatch"]);
      expect(await leaseDue(9_999, "b", [job.name])).toEqual([]);
      expect(await leaseDue(10_000, "b", [job.name])).toEqual(["offers:expire"]);
    });

    it("renew extends the owner's lease by the job's lease length from now (heartbeat), not another's", async () => {
      await leaseDue(0, "a", [job.name]);
      expect(await schedule.renew({ name: job.name, owner: "a", now: at(8_000) })).toBe(true);
      expect(await leaseDue(17_999, "b", [job.name])).toEqual([]);
      expect(await schedule.renew({ name: job.name, owner: "b", now: at(9_000) })).toBe(false);
      expect(await leaseDue(18_000, "b", [job.name])).toEqual([job.name]);
      expect(await schedule.renew({ name: job.name, owner: "a", now: at(18_001) })).toBe(false);
    });

    it("release records the run and sets the next one", async () => {
      await leaseDue(0, "a");
      await schedule.release({ name: job.name, owner: "a", finishedAt: at(5), nextRunAt: at(60_000), error: null });
      expect(await leaseDue(59_999, "b", [job.name])).toEqual([]);
      expect(await leaseDue(60_000, "b", [job.name])).toEqual([job.name]);
    });

    it("release by a former owner changes nothing", async () => {
      await leaseDue(0, "a");
      expect(await leaseDue(10_000, "b", [job.name])).toEqual([job.name]);
      await schedule.release({
        name: job.name,
        owner: "a",
        finishedAt: at(10_001),
        nextRunAt: at(60_000),
        error: "late",
      });
      expect(await leaseDue(10_002, "c", [job.name])).toEqual([]);
    });

    it("release with no next run keeps the schedule", async () => {
      await leaseDue(0, "a");
      await schedule.release({ name: job.name, owner: "a", finishedAt: at(5), nextRunAt: null, error: null });
      expect(await leaseDue(6, "b", [job.name])).toEqual([job.name]);
    });

    it("leaseNow takes a free job whatever its schedule, and not a leased one", async () => {
      await leaseDue(0, "a");
      await schedule.release({ name: job.name, owner: "a", finishedAt: at(1), nextRunAt: at(3_600_000), error: null });
      expect(await schedule.leaseNow({ job, now: at(2), owner: "cli" })).toBe(true);
      expect(await schedule.leaseNow({ job, now: at(3), owner: "other-cli" })).toBe(false);
      expect(await leaseDue(4, "b", [job.name])).toEqual([]);
    });

    it("leaseNow registers an unknown job", async () => {
      const fresh = { name: "retention:purge", leaseMs: 5_000 };
      expect(await schedule.leaseNow({ job: fresh, now: at(0), owner: "cli" })).toBe(true);
      await schedule.release({ name: fresh.name, owner: "cli", finishedAt: at(1), nextRunAt: null, error: null });
      expect(await leaseDue(2, "b", [fresh.name])).toEqual([fresh.name]);
    });

    it("registering again keeps the schedule of known jobs", async () => {
      await leaseDue(0, "a", [job.name]);
      await schedule.release({ name: job.name, owner: "a", finishedAt: at(1), nextRunAt: at(60_000), error: null });
      await schedule.register([job], at(2));
      expect(await leaseDue(3, "b", [job.name])).toEqual([]);
    });
  });
}
