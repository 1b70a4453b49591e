/** A job as the schedule knows it: its name and how long one run may hold it. */
type JobRegistration = Readonly<{ name: string; leaseMs: number }>;

/**
 * When each scheduled job runs next, and who is running it now. Leases are what make the runner safe with
 * several instances on one database: a job runs only under a lease, and two callers never both hold one.
 */
export interface JobSchedule {
  /** Adds the unknown jobs, first due at `firstRunAt`; known ones keep their schedule, with the new lease length. */
  register(jobs: readonly JobRegistration[], firstRunAt: Date): Promise<void>;
  /**
   * Leases, in one atomic statement, every registered job among `names` that is due (next run ≤ `now`) and free
   * (no lease, or one ended by `now`), to `owner` until `now` + its lease length. Returns the names leased.
   */
  leaseDue(input: { names: readonly string[]; now: Date; owner: string }): Promise<string[]>;
  /**
   * Leases one job whatever its schedule (an on-demand run), registering it (due at `now`) when unknown.
   * `false` while another lease on it still runs.
   */
  leaseNow(input: { job: JobRegistration; now: Date; owner: string }): Promise<boolean>;
  /** Extends `owner`'s lease to `now` + its lease length (a heartbeat); false when the lease is no longer its. */
  renew(input: { name: string; owner: string; now: Date }): Promise<boolean>;
  /**
   * Ends `owner`'s lease and records the run (`error` null on success); `nextRunAt` null keeps the schedule.
   * Does nothing when the lease is no longer `owner`'s (it ended and another instance took the job).
   */
  release(input: {
    name: string;
    owner: string;
    finishedAt: Date;
    nextRunAt: Date | null;
    error: string | null;
  }): Promise<void>;
}

/**
 * Reads the `cron` of calendar jobs (src/application/scheduling/job.ts) on one time zone's wall clock, daylight
 * saving changes included.
 */
export interface JobCalendar {
  /** Why `cron` is not a usable 5-field expression (in French, for the start-up message), or null when it is. */
  problemWith(cron: string): string | null;
  /**
   * The first instant strictly after `after` that `cron` names. A wall-clock time skipped when clocks go forward
   * falls at the end of the gap, that day; one repeated when they go back happens once, the first time.
   */
  nextAfter(cron: string, after: Date): Date;
}
