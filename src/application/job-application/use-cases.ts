import type { DisposableEmailDomains } from "../shared/disposable-email-domains.ts";
import { jobApplicationJobs } from "./application-jobs.ts";
import { downloadCv, listOfferApplications, updateApplication } from "./console.ts";
import { previewApplicationTarget } from "./open-target.ts";
import type { ApplicationTargets, CvDownloadLinks, CvInspector, CvStore, JobApplicationRepository } from "./ports.ts";
import { previewApplicationResponse, respondToApplication } from "./respond-to-application.ts";
import type { JobApplicationWriteDeps } from "./settings.ts";
import { submitApplication } from "./submit-application.ts";

/** Every port the applications use cases need: the production adapters or the in-memory fakes, same wiring. */
export type JobApplicationDeps = JobApplicationWriteDeps &
  Readonly<{
    /** Reads outside a transaction. */
    applications: JobApplicationRepository;
    cvs: CvStore;
    targets: ApplicationTargets;
    inspector: CvInspector;
    disposableDomains: DisposableEmailDomains;
    cvLinks: CvDownloadLinks;
  }>;

/** The applications use cases bound to their ports: what the HTTP layer calls. */
export function jobApplicationUseCases(deps: JobApplicationDeps) {
  const { applications, cvs, targets, inspector, disposableDomains, cvLinks, ...write } = deps;
  const { clock, settings } = write;
  return {
    previewApplicationTarget: previewApplicationTarget({ targets }),
    submitApplication: submitApplication({ ...write, targets, inspector, disposableDomains }),
    previewApplicationResponse: previewApplicationResponse(write),
    respondToApplication: respondToApplication(write),
    listOfferApplications: listOfferApplications({ applications, targets, cvLinks, clock, settings }),
    updateApplication: updateApplication({ ...write, targets }),
    downloadCv: downloadCv({ cvLinks, applications, cvs, targets, clock }),
    /** The CV size limit, for the HTTP layer's streaming check. */
    cvMaxBytes: settings.cvMaxBytes,
  };
}

export type JobApplicationUseCases = ReturnType<typeof jobApplicationUseCases>;

/** What the applications context offers the others: the offers' application counts (the console's tabs). */
export function jobApplicationPublishedApi(deps: Pick<JobApplicationDeps, "applications">) {
  return { countByOffer: (offerIds: readonly string[]) => deps.applications.countByOffer(offerIds) };
}

export type JobApplicationPublishedApi = ReturnType<typeof jobApplicationPublishedApi>;

export { jobApplicationJobs };
