import type { Job } from "./job.ts";
import type { JobCalendar } from "./ports.ts";

/** When `job` runs next, for a run started at `after`. */
export type NextRun = (job: Job, after: Date) => Date;

/**
 * Checks every job's timing when the runner is built, so a bad cron expression stops the start-up with the job's
 * name rather than failing the night it was meant to run; then answers when each job runs next. Interval jobs
 * need no calendar.
 */
export function nextRunOf(jobs: readonly Job[], calendar: JobCalendar | undefined): NextRun {
  for (const job of jobs) {
    const problem = job.cron === undefined ? intervalProblem(job.everyMs) : cronProblem(job.cron, calendar);
    if (problem) throw new Error(`Tâche ${job.name} : ${problem}`);
  }
  return (job, after) =>
    job.cron === undefined
      ? new Date(after.getTime() + job.everyMs)
      : (calendar as JobCalendar).nextAfter(job.cron, after);
}

/**
 * When a job registered for the first time at `now` is first due: an interval job at once, a calendar job at its
 * next calendar time (a nightly job started at noon waits for the night).
 */
export function firstRunOf(job: Job, now: Date, nextRun: NextRun): Date {
  return job.cron === undefined ? now : nextRun(job, now);
}

function intervalProblem(everyMs: number): string | null {
  return Number.isFinite(everyMs) && everyMs > 0 ? null : `intervalle invalide (${everyMs} ms)`;
}

function cronProblem(cron: string, calendar: JobCalendar | undefined): string | null {
  if (!calendar) return "expression cron sans calendrier pour la lire (JobCalendar absent du runner)";
  const problem = calendar.problemWith(cron);
  return problem && `expression cron invalide « ${cron} » : ${problem}`;
}
