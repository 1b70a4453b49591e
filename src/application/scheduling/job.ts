import { describeError } from "../shared/describe-error.ts";
import { BEATS_PER_LEASE, type Heartbeat, noHeartbeat } from "../shared/heartbeat.ts";
import type { Clock, Logger } from "../shared/ports.ts";
import type { JobSchedule } from "./ports.ts";

/** What a run reports (counts, mostly); shown by POST /dev/jobs and `npm run job`. */
type JobSummary = Readonly<Record<string, unknown>>;

/**
 * How far a long run has gone, for whoever watches it (`npm run job` draws a progress bar on a terminal); runs
 * started by the scheduler get one that ignores everything.
 */
export type JobProgress = Readonly<{
  /** The number of units the run expects (null: unknown yet). */
  total(units: number | null): void;
  /** `units` more done. */
  advance(units: number): void;
}>;

export const ignoredProgress: JobProgress = { total: () => {}, advance: () => {} };

/**
 * When a job runs: every `everyMs` (from the start of one scheduled run to the start of the next), or on a
 * calendar, `cron` being a 5-field cron expression read in Europe/Paris time (e.g. "0 3 * * *": daily at 03:00,
 * "0 4 1 * *": monthly). Still once across instances: runs are leased.
 */
type JobTiming = Readonly<{ everyMs: number; cron?: never }> | Readonly<{ cron: string; everyMs?: never }>;

/** A named job, registered in the composition root. */
export type Job = JobTiming &
  Readonly<{
    /** `context:verb` (docs/API.md "Development mode only"), e.g. `outbox:dispatch`. */
    name: string;
    /**
     * How long the job stays held without news from its run: the heartbeat renews it every third of it while the
     * run goes on, so it may be short (seconds); another instance takes the job over this long after a crash.
     */
    leaseMs: number;
    /** Does the work as of `now`; throws on failure (logged and recorded; the next period runs again). */
    run(now: Date, progress?: JobProgress): Promise<JobSummary | undefined>;
  }>;

export type JobRun = Readonly<{
  name: string;
  now: Date;
  startedAt: Date;
  finishedAt: Date;
  summary: JobSummary | null;
}>;

type Deps = Readonly<{
  schedule: JobSchedule;
  clock: Clock;
  logger: Logger;
  /** Absent: the lease is not renewed, so it must outlast the run. */
  heartbeat?: Heartbeat | undefined;
}>;

/**
 * Runs a job its caller has leased, renewing the lease while it runs, then always releases it and records the
 * outcome; rethrows failures.
 */
export async function runLeased(
  deps: Deps,
  job: Job,
  run: { now: Date; owner: string; nextRunAt: Date | null; progress?: JobProgress },
): Promise<JobRun> {
  const startedAt = deps.clock.now();
  let error: string | null = null;
  const stopBeating = (deps.heartbeat ?? noHeartbeat)(job.leaseMs / BEATS_PER_LEASE, async () => {
    const renewed = await deps.schedule.renew({ name: job.name, owner: run.owner, now: deps.clock.now() });
    // Lost (this process stalled longer than the lease): another instance may run the job meanwhile.
    if (!renewed) deps.logger.warn("job lease lost while running", { job: job.name });
  });
  try {
    const summary = (await job.run(run.now, run.progress ?? ignoredProgress)) ?? null;
    const finishedAt = deps.clock.now();
    deps.logger.debug("job finished", { job: job.name, durationMs: finishedAt.getTime() - startedAt.getTime() });
    return { name: job.name, now: run.now, startedAt, finishedAt, summary };
  } catch (failure) {
    const described = describeError(failure);
    error = described.error;
    deps.logger.error("job failed", { job: job.name, ...described });
    throw failure;
  } finally {
    stopBeating();
    const { owner, nextRunAt } = run;
    await deps.schedule.release({ name: job.name, owner, finishedAt: deps.clock.now(), nextRunAt, error });
  }
}
