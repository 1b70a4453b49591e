import { describeError } from "../shared/describe-error.ts";
import type { Heartbeat } from "../shared/heartbeat.ts";
import type { Clock, Logger } from "../shared/ports.ts";
import { type Job, runLeased } from "./job.ts";
import type { JobSchedule } from "./ports.ts";

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
  registered: boolean;
  stopped: boolean;
  loop: Promise<void> | null;
  wake: () => void;
  /** Runs in progress in this process, by job name. */
  running: Map<string, Promise<void>>;
};

/**
 * Runs due jobs under leases taken in the database, not a timer per job: with several instances, each due run
 * happens once. A job still running here is not leased again, even if its lease ran out.
 */
export function createJobRunner(deps: Deps): JobRunner {
  const state: State = { registered: false, stopped: false, loop: null, wake: () => {}, running: new Map() };
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
    await deps.schedule.register(deps.jobs, deps.clock.now());
    state.registered = true;
  }
  const idle = deps.jobs.filter((job) => !state.running.has(job.name));
  if (idle.length === 0) return [];
  const names = idle.map((job) => job.name);
  const leased = await deps.schedule.leaseDue({ names, now: deps.clock.now(), owner: deps.owner });
  return idle.filter((job) => leased.includes(job.name)).map((job) => launch(deps, state, job));
}

function launch(deps: Deps, state: State, job: Job): Promise<void> {
  const now = deps.clock.now();
  const nextRunAt = new Date(now.getTime() + job.everyMs);
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
