import type { JobApplication } from "../../domain/job-application/job-application.ts";
import { moveStatus, type PipelineStatus } from "../../domain/job-application/pipeline.ts";
import { err, ok, type Result } from "../../domain/shared/result.ts";
import type { Actor } from "../identity/index.ts";
import { type LinkInvalid, linkInvalid } from "../shared/link-tokens.ts";
import type { ApplicationTargets, CvDownloadLinks, CvStore, JobApplicationRepository, StoredCv } from "./ports.ts";
import type { ApplicationsNotFound, ConsoleRefusal, CvNotFound } from "./refusals.ts";
import type { JobApplicationWriteDeps } from "./settings.ts";

/** Private notes: a few paragraphs at most. */
export const NOTES_MAX_LENGTH = 5_000;

type ReadDeps = Readonly<{
  applications: JobApplicationRepository;
  targets: ApplicationTargets;
  cvLinks: CvDownloadLinks;
  clock: JobApplicationWriteDeps["clock"];
  settings: Pick<JobApplicationWriteDeps["settings"], "cvLinkMinutes">;
}>;

/** An application as the console lists it, with its CV link (null: no CV to show: being scanned, or deleted). */
export type ConsoleApplication = Readonly<{
  application: JobApplication;
  cvLink: Readonly<{ token: string; expiresAt: Date }> | null;
}>;

export type ConsoleApplicationPage = Readonly<{ items: readonly ConsoleApplication[]; total: number }>;

const notFound = (id: string): ApplicationsNotFound => ({ code: "APPLICATION_NOT_FOUND", id });

/**
 * `GET /api/v1/offers/{id}/applications` [beyond the public service]: the offer's applications, newest first,
 * for the members of its organisation (anyone else: 404, as for an unknown offer). Each delivered CV comes with
 * a signed download link that expires (CV_LINK_MINUTES).
 */
export function listOfferApplications(deps: ReadDeps) {
  return async (input: {
    actor: Actor;
    offerId: string;
    page: number;
    pageSize: number;
  }): Promise<Result<ConsoleApplicationPage, ApplicationsNotFound>> => {
    if (!(await deps.targets.offerManagedBy(input.actor, input.offerId))) return err(notFound(input.offerId));
    const page = await deps.applications.listForOffer(input.offerId, input);
    const expiresAt = new Date(deps.clock.now().getTime() + deps.settings.cvLinkMinutes * 60_000);
    const items = await Promise.all(
      page.items.map(async (application) => ({
        application,
        cvLink:
          application.cv && application.delivery.state === "delivered"
            ? { token: await deps.cvLinks.issue(application.id, expiresAt), expiresAt }
            : null,
      })),
    );
    return ok({ items, total: page.total });
  };
}

export type ApplicationChanges = Readonly<{ status?: PipelineStatus; notes?: string | null }>;

/** `PATCH /api/v1/offers/{id}/applications/{applicationId}`: the pipeline status and the members' notes. */
export function updateApplication(
  deps: Pick<JobApplicationWriteDeps, "unitOfWork" | "clock"> & Pick<ReadDeps, "targets">,
) {
  return async (input: {
    actor: Actor;
    offerId: string;
    applicationId: string;
    changes: ApplicationChanges;
  }): Promise<Result<JobApplication, ConsoleRefusal>> => {
    if (!(await deps.targets.offerManagedBy(input.actor, input.offerId))) return err(notFound(input.applicationId));
    const notes = input.changes.notes === undefined ? undefined : input.changes.notes?.trim() || null;
    if (notes && notes.length > NOTES_MAX_LENGTH) return err({ code: "NOTES_TOO_LONG", limit: NOTES_MAX_LENGTH });
    return deps.unitOfWork.run(async (repos) => {
      const application = await repos.applications.findById(input.applicationId);
      const target = application?.target;
      if (!application || target?.kind !== "offer" || target.offerId !== input.offerId) {
        return err(notFound(input.applicationId));
      }
      const status = input.changes.status
        ? moveStatus(application.status, input.changes.status)
        : ok(application.status);
      if (!status.ok) return status;
      const changed: JobApplication = {
        ...application,
        status: status.value,
        notes: notes === undefined ? application.notes : notes,
        lastActivityAt: deps.clock.now(),
      };
      await repos.applications.update(changed);
      return ok(changed);
    });
  };
}

/**
 * `GET /api/v1/cv-downloads/{token}`: the CV a signed link names, while the link lives, to a member of the
 * organisation owning the offer (anyone else: 404, as if the application did not exist, even with a valid link).
 */
export function downloadCv(
  deps: Readonly<{
    cvLinks: CvDownloadLinks;
    applications: JobApplicationRepository;
    cvs: CvStore;
    targets: ApplicationTargets;
    clock: ReadDeps["clock"];
  }>,
) {
  return async (input: {
    actor: Actor;
    token: string;
  }): Promise<Result<StoredCv, LinkInvalid | CvNotFound | ApplicationsNotFound>> => {
    const applicationId = await deps.cvLinks.verify(input.token, deps.clock.now());
    if (applicationId === null) return err(linkInvalid("unknown"));
    const application = await deps.applications.findById(applicationId);
    const target = application?.target;
    const offerId = target?.kind === "offer" ? target.offerId : null;
    if (offerId === null || !(await deps.targets.offerManagedBy(input.actor, offerId))) {
      return err(notFound(applicationId));
    }
    const cv =
      application?.cv && application.delivery.state === "delivered" ? await deps.cvs.get(application.cv.id) : null;
    return cv ? ok(cv) : err({ code: "CV_NOT_FOUND", applicationId });
  };
}
