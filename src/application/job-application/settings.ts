import { DEFAULT_CV_MAX_BYTES } from "../../domain/job-application/cv-file.ts";
import { type ApplicationQuota, DEFAULT_APPLICATION_QUOTA } from "../../domain/job-application/quota.ts";
import type { Outbox } from "../messaging/index.ts";
import type { SecretGenerator } from "../shared/link-tokens.ts";
import type { Clock, IdGenerator, Logger, UnitOfWork } from "../shared/ports.ts";
import type { AntivirusScanner, CvStore, JobApplicationRepository, ResponseLinkRepository } from "./ports.ts";

/** The applications context's configuration (README "Configuration"). */
export type JobApplicationSettings = Readonly<{
  /** Base of the links in emails. */
  publicUrl: string;
  cvMaxBytes: number;
  quota: ApplicationQuota;
  /** docs/API.md: a quick-response link lives 30 days. */
  responseLinkDays: number;
  /** docs/PRODUCT.md §7: a delivered CV is kept 90 days for the recruiter, then deleted. */
  cvRetentionDays: number;
  /** docs/PRODUCT.md §7: candidates and applications are anonymised after 2 years without activity. */
  inactivityDays: number;
  /** How long a CV download link of the console works. */
  cvLinkMinutes: number;
  /** How long the delivery job holds an application while it asks the antivirus again. */
  scanLeaseMs: number;
}>;

export const DEFAULT_JOB_APPLICATION_SETTINGS: Omit<JobApplicationSettings, "publicUrl"> = {
  cvMaxBytes: DEFAULT_CV_MAX_BYTES,
  quota: DEFAULT_APPLICATION_QUOTA,
  responseLinkDays: 30,
  cvRetentionDays: 90,
  inactivityDays: 730,
  cvLinkMinutes: 15,
  scanLeaseMs: 2 * 60_000,
};

/** The repositories one transaction gives the use cases. */
export type JobApplicationRepos = Readonly<{
  applications: JobApplicationRepository;
  responseLinks: ResponseLinkRepository;
  cvs: CvStore;
  outbox: Outbox;
}>;

export type JobApplicationWriteDeps = Readonly<{
  unitOfWork: UnitOfWork<JobApplicationRepos>;
  clock: Clock;
  ids: IdGenerator;
  secrets: SecretGenerator;
  scanner: AntivirusScanner;
  logger: Logger;
  settings: JobApplicationSettings;
}>;
