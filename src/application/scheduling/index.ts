/** The scheduling context's public face: entry points and the HTTP layer import only this file. */
export type { JobBusy, JobUnknown } from "../../domain/scheduling/job-errors.ts";
export { ignoredProgress, type Job, type JobProgress, type JobRun } from "./job.ts";
export { createJobRunner, type JobRunner } from "./job-runner.ts";

export { runJobNow } from "./run-job-now.ts";
