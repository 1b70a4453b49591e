import { describeError } from "../shared/describe-error.ts";
import type { Heartbeat } from "../shared/heartbeat.ts";
import type { Clock, Logger } from "../shared/ports.ts";
import { type Job, runLeased } from "./job.ts";
import type { JobCalendar, JobSchedule } from "./ports.ts";
import { firstRunOf, type NextRun, nextRunOf } from "./timing.ts";

type Deps = Readonly<{
  schedule: JobSchedule;
  jobs: readonly Job[];
  clock: Clock;
  logger: Logger;
  /** This instance's name in leases; unique per process. */
  owner: string;
  /** Pause between two looks at the schedule. */
  tickMs: number;
  /** Renews the lease of each run in progress (absent: leases must outlast the runs). */
  heartbeat?: Heartbeat;
  /** Reads the `cron` of calendar jobs (absent: every job must have `everyMs`). */
  calendar?: JobCalendar;
}>;

export type JobRunner = Readonly<{
  /** Starts looking at the schedule every `tickMs`, in the background. */
  start(): void;
  /** Stops looking, then waits for the runs in progress. */
  stop(): Promise<void>;
  /** One look: leases the due jobs and resolves when their runs have finished (tests call it directly). */
  tick(): Promise<void>;
}>;

type State = {
  nextRun: NextRun;
  registered: boolean;
  stopped: boolean;
  loop: Promise<void> | null;
  wake: () => void;
  /** Runs in progress in this process, by job name. */
  running: Map<string, Promise<void>>;
};

/**
 * Runs due jobs under leases taken in the database, not a timer per job: with several instances, each due run
 * happens once. A job still running here is not leased again, even if its lease ran out. Throws when a job's
 * timing is invalid (a bad cron expression), so that the start-up stops.
 */
export function createJobRunner(deps: Deps): JobRunner {
  const nextRun = nextRunOf(deps.jobs, deps.calendar);
  const state: State = { nextRun, registered: false, stopped: false, loop: null, wake: () => {}, running: new Map() };
  return {
    start: () => {
      state.loop ??= loop(deps, state);
    },
    stop: async () => {
      state.stopped = true;
      state.wake();
      await state.loop;
      await Promise.all(state.running.values());
    },
    tick: async () => {
      await Promise.all(await launchDue(deps, state));
    },
  };
}

/** Leases the due jobs not running here and starts them; resolves with their runs once they have started. */
async function launchDue(deps: Deps, state: State): Promise<Promise<void>[]> {
  if (!state.registered) {
    await register(deps, state.nextRun);
    state.registered = true;
  }
  const idle = deps.jobs.filter((job) => !state.running.has(job.name));
  if (idle.length === 0) return [];
  const names = idle.map((job) => job.name);
  const leased = await deps.schedule.leaseDue({ names, now: deps.clock.now(), owner: deps.owner });
  return idle.filter((job) => leased.includes(job.name)).map((job) => launch(deps, state, job));
}

/** Adds the jobs the schedule does not know yet, each first due at its own first run (one call per instant). */
async function register(deps: Deps, nextRun: NextRun): Promise<void> {
  const now = deps.clock.now();
  const byFirstRun = new Map<number, Job[]>();
  for (const job of deps.jobs) {
    const at = firstRunOf(job, now, nextRun).getTime();
    byFirstRun.set(at, [...(byFirstRun.get(at) ?? []), job]);
  }
  for (const [at, jobs] of byFirstRun) await deps.schedule.register(jobs, new Date(at));
}

function launch(deps: Deps, state: State, job: Job): Promise<void> {
  const now = deps.clock.now();
  const nextRunAt = state.nextRun(job, now);
  const run = runLeased(deps, job, { now, owner: deps.owner, nextRunAt })
    .catch(() => undefined) // already logged and recorded by runLeased
    .then(() => {
      state.running.delete(job.name);
    });
  state.running.set(job.name, run);
  return run;
}

async function loop(deps: Deps, state: State): Promise<void> {
  while (!state.stopped) {
    await launchDue(deps, state).catch((error: Error) =>
      deps.logger.error("job runner tick failed", describeError(error)),
    );
    if (state.stopped) break;
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, deps.tickMs);
      state.wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  }
}
