import { and, eq, inArray, isNull, lte, or, sql } from "drizzle-orm";
import type { JobSchedule } from "../../../application/scheduling/ports.ts";
import type { Db } from "../database.ts";
import { scheduledJobs as jobs } from "./schema.ts";

/** `now` + the job's own lease length. */
const leaseEnd = (now: Date) => sql`${now.toISOString()}::timestamptz + ${jobs.leaseMs} * interval '1 millisecond'`;

/** A lease is free when there is none or it ended by `now`. */
const leaseFree = (now: Date) => or(isNull(jobs.lockedUntil), lte(jobs.lockedUntil, now));

/**
 * Leases are conditional single-statement UPDATEs: on PostgreSQL a concurrent one waits for the row lock, then
 * re-checks the condition on the new row and finds the lease taken; PGlite runs statements one at a time.
 */
export function createPgJobSchedule(db: Db): JobSchedule {
  return {
    async register(registrations, firstRunAt) {
      if (registrations.length === 0) return;
      await db
        .insert(jobs)
        .values(registrations.map(({ name, leaseMs }) => ({ name, leaseMs, nextRunAt: firstRunAt })))
        .onConflictDoUpdate({ target: jobs.name, set: { leaseMs: sql`excluded.lease_ms` } });
    },
    leaseDue: (input) => leaseDue(db, input),
    leaseNow: (input) => leaseNow(db, input),
    async renew({ name, owner, now }) {
      const rows = await db
        .update(jobs)
        .set({ lockedUntil: leaseEnd(now) })
        .where(and(eq(jobs.name, name), eq(jobs.lockedBy, owner)))
        .returning({ name: jobs.name });
      return rows.length > 0;
    },
    async release({ name, owner, finishedAt, nextRunAt, error }) {
      await db
        .update(jobs)
        .set({
          lockedBy: null,
          lockedUntil: null,
          lastRunAt: finishedAt,
          lastError: error,
          ...(nextRunAt && { nextRunAt }),
        })
        .where(and(eq(jobs.name, name), eq(jobs.lockedBy, owner)));
    },
  };
}

async function leaseDue(db: Db, { names, now, owner }: Parameters<JobSchedule["leaseDue"]>[0]): Promise<string[]> {
  if (names.length === 0) return [];
  const rows = await db
    .update(jobs)
    .set({
      lockedBy: owner,
      lockedUntil: leaseEnd(now),
    })
    .where(and(inArray(jobs.name, [...names]), lte(jobs.nextRunAt, now), leaseFree(now)))
    .returning({ name: jobs.name });
  return rows.map((row) => row.name).sort();
}

async function leaseNow(db: Db, { job, now, owner }: Parameters<JobSchedule["leaseNow"]>[0]): Promise<boolean> {
  const lease = { lockedBy: owner, lockedUntil: new Date(now.getTime() + job.leaseMs), leaseMs: job.leaseMs };
  const rows = await db
    .insert(jobs)
    .values({ name: job.name, nextRunAt: now, ...lease })
    .onConflictDoUpdate({ target: jobs.name, set: lease, setWhere: leaseFree(now) })
    .returning({ name: jobs.name });
  return rows.length > 0;
}
