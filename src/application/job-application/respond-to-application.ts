import type { CompanyAnswer, Intention, JobApplication } from "../../domain/job-application/job-application.ts";
import { statusAfterAnswer } from "../../domain/job-application/pipeline.ts";
import { err, ok, type Result } from "../../domain/shared/result.ts";
import { checkLinkToken, hashLinkToken, type LinkInvalid, linkInvalid } from "../shared/link-tokens.ts";
import { enqueueAnswerEmail } from "./application-emails.ts";
import type { JobApplicationRepos, JobApplicationWriteDeps } from "./settings.ts";

/** What the quick-response page shows: the application as the company received it, and its current answer. */
export type ApplicationForResponse = Readonly<{
  application: JobApplication;
  /** When the link stops working. */
  linkExpiresAt: Date;
}>;

type Found = Readonly<{ application: JobApplication; expiresAt: Date }>;

async function applicationOfToken(
  repos: Pick<JobApplicationRepos, "responseLinks" | "applications">,
  token: string,
  now: Date,
): Promise<Result<Found, LinkInvalid>> {
  const link = await repos.responseLinks.findByTokenHash(await hashLinkToken(token));
  const checked = checkLinkToken(link, { purpose: "application_response", now });
  if (!checked.ok) return checked;
  if (!link) return err(linkInvalid("unknown"));
  const application = await repos.applications.findById(link.applicationId);
  if (!application || application.anonymisedAt !== null) return err(linkInvalid("unknown"));
  return ok({ application, expiresAt: link.expiresAt });
}

/** `GET /api/v1/application-responses/{token}`: changes nothing (mail scanners follow links). */
export function previewApplicationResponse(deps: Pick<JobApplicationWriteDeps, "unitOfWork" | "clock">) {
  return (token: string): Promise<Result<ApplicationForResponse, LinkInvalid>> =>
    deps.unitOfWork.run(async (repos) => {
      const found = await applicationOfToken(repos, token, deps.clock.now());
      return found.ok ? ok({ application: found.value.application, linkExpiresAt: found.value.expiresAt }) : found;
    });
}

export type ResponseInput = Readonly<{ token: string; intention: Intention; message: string | null }>;

export type ResponseOutcome = Readonly<{
  application: JobApplication;
  /** false when the same answer (and message) was already recorded: nothing new was sent. */
  changed: boolean;
}>;

/**
 * `POST /api/v1/application-responses/{token}`: records the company's answer and emails the candidate at once (the
 * outbox dispatcher runs continuously). A changed answer notifies again; the same answer twice does not. The link
 * stays usable for its 30 days.
 */
export function respondToApplication(deps: Pick<JobApplicationWriteDeps, "unitOfWork" | "clock" | "ids">) {
  return (input: ResponseInput): Promise<Result<ResponseOutcome, LinkInvalid>> =>
    deps.unitOfWork.run(async (repos) => {
      const now = deps.clock.now();
      const found = await applicationOfToken(repos, input.token, now);
      if (!found.ok) return found;
      const { application } = found.value;
      const message = input.message?.trim() || null;
      const previous = application.answer;
      if (previous && previous.intention === input.intention && previous.message === message) {
        return ok({ application, changed: false });
      }
      const answer: CompanyAnswer = { intention: input.intention, message, answeredAt: now };
      const answered: JobApplication = {
        ...application,
        answer,
        status: statusAfterAnswer(application.status, input.intention),
        lastActivityAt: now,
      };
      await repos.applications.update(answered);
      await enqueueAnswerEmail({ outbox: repos.outbox, now }, answered, answer, deps.ids.next());
      return ok({ application: answered, changed: true });
    });
}
