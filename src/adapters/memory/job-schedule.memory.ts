import type { JobSchedule } from "../../application/scheduling/ports.ts";

type Row = {
  leaseMs: number;
  nextRunAt: Date;
  lockedBy: string | null;
  lockedUntil: Date | null;
  lastRunAt: Date | null;
  lastError: string | null;
};

export type MemoryJobSchedule = JobSchedule & Readonly<{ row(name: string): Readonly<Row> | undefined }>;

const leaseFree = (row: Row, now: Date) => row.lockedUntil === null || row.lockedUntil.getTime() <= now.getTime();

/** Takes the lease; always true, to chain after the check. */
function lease(row: Row, owner: string, now: Date): true {
  row.lockedBy = owner;
  row.lockedUntil = new Date(now.getTime() + row.leaseMs);
  return true;
}

function newRow(leaseMs: number, nextRunAt: Date): Row {
  return { leaseMs, nextRunAt, lockedBy: null, lockedUntil: null, lastRunAt: null, lastError: null };
}

/** The job schedule in memory (one process), behaving as job-schedule.postgres.ts does. */
export function createMemoryJobSchedule(): MemoryJobSchedule {
  const rows = new Map<string, Row>();
  return {
    async register(registrations, firstRunAt) {
      for (const { name, leaseMs } of registrations) {
        const row = rows.get(name);
        if (row) row.leaseMs = leaseMs;
        else rows.set(name, newRow(leaseMs, firstRunAt));
      }
    },
    async leaseDue({ names, now, owner }) {
      const isDue = (row: Row | undefined) => row && row.nextRunAt <= now && leaseFree(row, now);
      return [...names].sort().filter((name) => isDue(rows.get(name)) && lease(rows.get(name) as Row, owner, now));
    },
    async leaseNow({ job, now, owner }) {
      const row = rows.get(job.name) ?? newRow(job.leaseMs, now);
      rows.set(job.name, Object.assign(row, { leaseMs: job.leaseMs }));
      return leaseFree(row, now) && lease(row, owner, now);
    },
    async renew({ name, owner, now }) {
      const row = rows.get(name);
      return row?.lockedBy === owner && lease(row, owner, now);
    },
    async release({ name, owner, finishedAt, nextRunAt, error }) {
      const row = rows.get(name);
      if (!row || row.lockedBy !== owner) return;
      Object.assign(row, { lockedBy: null, lockedUntil: null, lastRunAt: finishedAt, lastError: error });
      if (nextRunAt) row.nextRunAt = nextRunAt;
    },
    row: (name) => rows.get(name),
  };
}
