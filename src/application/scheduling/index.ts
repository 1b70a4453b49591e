/** The scheduling context's public face: entry points and the HTTP layer import only this file. */
export type { JobBusy, JobUnknown } from "../../domain/scheduling/job-errors.ts";
export { DEFAULT_JOB_LEASE_MS, type Job, type JobRun, type JobSummary } from "./job.ts";
export { createJobRunner, type JobRunner } from "./job-runner.ts";
export type { JobRegistration, JobSchedule } from "./ports.ts";
export { runJobNow } from "./run-job-now.ts";
