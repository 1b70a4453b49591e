import type { JobApplication } from "../../domain/job-application/job-application.ts";
import { UpstreamUnavailable } from "../shared/ports.ts";
import { enqueueDeliveryEmails, enqueueInfectedEmail } from "./application-emails.ts";
import { prepareResponseLink } from "./application-links.ts";
import type { ScanVerdict } from "./ports.ts";
import type { JobApplicationRepos, JobApplicationWriteDeps } from "./settings.ts";

/** The antivirus's verdict, or "unavailable" when it cannot judge now (the file then waits, unsent). */
export async function scanCv(
  deps: Pick<JobApplicationWriteDeps, "scanner" | "logger">,
  bytes: Uint8Array,
): Promise<ScanVerdict | "unavailable"> {
  try {
    return await deps.scanner.scan(bytes);
  } catch (error) {
    if (!(error instanceof UpstreamUnavailable)) throw error;
    deps.logger.warn("antivirus unavailable: the CV waits for its scan", { reason: error.message });
    return "unavailable";
  }
}

/**
 * A clean application goes out, in the caller's transaction: its quick-response link is saved, the company's
 * email (CV attached) and the candidate's confirmation are enqueued, and it is marked delivered.
 */
export async function deliver(
  repos: JobApplicationRepos,
  deps: Pick<JobApplicationWriteDeps, "ids" | "secrets" | "settings">,
  application: JobApplication,
  cvBytes: Uint8Array,
  now: Date,
): Promise<JobApplication> {
  const response = await prepareResponseLink(deps, application.id, now);
  await repos.responseLinks.save(response.link);
  const delivered: JobApplication = {
    ...application,
    delivery: { ...application.delivery, state: "delivered", deliveredAt: now },
    lastActivityAt: now,
  };
  const { publicUrl, responseLinkDays } = deps.settings;
  await enqueueDeliveryEmails(
    { outbox: repos.outbox, now },
    { application: delivered, cvBytes, response, validityDays: responseLinkDays, publicUrl },
  );
  return delivered;
}

/** An infected CV is never forwarded: it is deleted at once and the candidate is told, in the caller's transaction. */
export async function refuseInfected(
  repos: JobApplicationRepos,
  application: JobApplication,
  now: Date,
): Promise<JobApplication> {
  const refused: JobApplication = {
    ...application,
    delivery: { ...application.delivery, state: "infected" },
    lastActivityAt: now,
  };
  await enqueueInfectedEmail({ outbox: repos.outbox, now }, refused);
  if (application.cv) await repos.cvs.delete([application.cv.id]);
  return { ...refused, cv: null };
}
