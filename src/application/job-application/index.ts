/** The applications context's public face: the HTTP layer, the composition root and other contexts import only this. */
export {
  type ApplicationTarget,
  INTENTIONS,
  type Intention,
  type JobApplication,
} from "../../domain/job-application/job-application.ts";
export { PIPELINE_STATUSES } from "../../domain/job-application/pipeline.ts";
export { APPLICATION_PAGE_PATHS, INTENTION_PARAMETER } from "./application-links.ts";
export type { ConsoleApplication } from "./console.ts";
export { NOTES_MAX_LENGTH } from "./console.ts";
export { tellWaitingCandidates } from "./offer-filled.ts";
export type { ApplicationTargetPreview } from "./open-target.ts";
export type {
  AntivirusScanner,
  ApplicationTargets,
  CvStore,
  TargetFacts,
} from "./ports.ts";
export type { JobApplicationRefusal } from "./refusals.ts";
export { DEFAULT_JOB_APPLICATION_SETTINGS, type JobApplicationSettings } from "./settings.ts";
export {
  type JobApplicationPublishedApi,
  type JobApplicationUseCases,
  jobApplicationJobs,
  jobApplicationPublishedApi,
  jobApplicationUseCases,
} from "./use-cases.ts";
