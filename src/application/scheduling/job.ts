import type { Clock, Logger } from "../shared/ports.ts";
import type { JobSchedule } from "./ports.ts";

/** What a run reports (counts, mostly); shown by POST /dev/jobs and `npm run job`. */
type JobSummary = Readonly<Record<string, unknown>>;

/** A named job, registered in the composition root. */
export type Job = Readonly<{
  /** `context:verb` (docs/API.md "Development mode only"), e.g. `outbox:dispatch`. */
  name: string;
  /** From the start of one scheduled run to the start of the next. */
  everyMs: number;
  /** How long a run may hold the job before another instance may take it over (after a crash). */
  leaseMs: number;
  /** Does the work as of `now`; throws on failure (logged and recorded; the next period runs again). */
  run(now: Date): Promise<JobSummary | undefined>;
}>;

export type JobRun = Readonly<{
  name: string;
  now: Date;
  startedAt: Date;
  finishedAt: Date;
  summary: JobSummary | null;
}>;

type Deps = Readonly<{ schedule: JobSchedule; clock: Clock; logger: Logger }>;

/** Runs a job its caller has leased, then always releases the lease and records the outcome; rethrows failures. */
export async function runLeased(
  deps: Deps,
  job: Job,
  run: { now: Date; owner: string; nextRunAt: Date | null },
): Promise<JobRun> {
  const startedAt = deps.clock.now();
  let error: string | null = null;
  try {
    const summary = (await job.run(run.now)) ?? null;
    const finishedAt = deps.clock.now();
    deps.logger.debug("job finished", { job: job.name, durationMs: finishedAt.getTime() - startedAt.getTime() });
    return { name: job.name, now: run.now, startedAt, finishedAt, summary };
  } catch (failure) {
    error = failure instanceof Error ? `${failure.name}: ${failure.message}` : String(failure);
    deps.logger.error("job failed", { job: job.name, error });
    throw failure;
  } finally {
    const { owner, nextRunAt } = run;
    await deps.schedule.release({ name: job.name, owner, finishedAt: deps.clock.now(), nextRunAt, error });
  }
}
