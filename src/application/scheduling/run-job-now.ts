import type { JobBusy, JobUnknown } from "../../domain/scheduling/job-errors.ts";
import { err, ok, type Result } from "../../domain/shared/result.ts";
import type { Heartbeat } from "../shared/heartbeat.ts";
import type { Clock, Logger } from "../shared/ports.ts";
import { type Job, type JobProgress, type JobRun, runLeased } from "./job.ts";
import type { JobSchedule } from "./ports.ts";

type Deps = Readonly<{
  schedule: JobSchedule;
  jobs: readonly Job[];
  clock: Clock;
  logger: Logger;
  /** This instance's name in leases. */
  owner: string;
  /** How long to wait for a run in progress elsewhere to finish. */
  waitMs: number;
  sleep: (ms: number) => Promise<void>;
  /** Renews the lease while the run goes on (absent: it must outlast the run). */
  heartbeat?: Heartbeat;
}>;

const POLL_MS = 50;

/**
 * Runs a job at once, as of `now` (default: the clock), and answers when it has finished (POST /dev/jobs,
 * `npm run job`). It takes the same lease as scheduled runs, so it never overlaps one, and leaves the
 * schedule as it was: running "as of" a future instant does not push the next scheduled run. `progress` hears how
 * far the run has gone (`npm run job` draws it).
 */
export function runJobNow(deps: Deps) {
  type Input = { name: string; now?: Date | undefined; progress?: JobProgress | undefined };
  return async (input: Input): Promise<Result<JobRun, JobUnknown | JobBusy>> => {
    const job = deps.jobs.find((candidate) => candidate.name === input.name);
    if (!job) return err({ code: "JOB_UNKNOWN", name: input.name });
    const owner = `${deps.owner}/on-demand`;
    if (!(await waitForLease(deps, job, owner))) return err({ code: "JOB_BUSY", name: job.name });
    const now = input.now ?? deps.clock.now();
    return ok(await runLeased(deps, job, { now, owner, nextRunAt: null, progress: input.progress }));
  };
}

async function waitForLease(deps: Deps, job: Job, owner: string): Promise<boolean> {
  const giveUpAt = deps.clock.now().getTime() + deps.waitMs;
  const registration = { name: job.name, leaseMs: job.leaseMs };
  while (!(await deps.schedule.leaseNow({ job: registration, now: deps.clock.now(), owner }))) {
    if (deps.clock.now().getTime() >= giveUpAt) return false;
    await deps.sleep(POLL_MS);
  }
  return true;
}
