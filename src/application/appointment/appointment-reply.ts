import { checkNotAnswered, draftAnswer } from "../../domain/appointment/answer.ts";
import type { AppointmentRequest } from "../../domain/appointment/appointment-request.ts";
import { err, ok, type Result } from "../../domain/shared/result.ts";
import { appointmentAnswerEmail } from "../messaging/index.ts";
import { checkLinkToken, hashLinkToken, type LinkInvalid, linkInvalid } from "../shared/link-tokens.ts";
import type { AppointmentRepos } from "./ports.ts";
import type { AnswerRefusal } from "./refusals.ts";
import type { AppointmentWriteDeps } from "./settings.ts";

/** The request a reply link names, if the link may still be used; it is never spent (the answer is once). */
async function requestOfLink(
  repos: AppointmentRepos,
  token: string,
  now: Date,
): Promise<Result<AppointmentRequest, LinkInvalid>> {
  const link = await repos.appointmentLinks.findReplyLink(await hashLinkToken(token));
  const stored = link && {
    tokenHash: link.tokenHash,
    purpose: "appointment_reply" as const,
    expiresAt: link.expiresAt,
  };
  const checked = checkLinkToken(stored && { ...stored, usedAt: null }, { purpose: "appointment_reply", now });
  if (!checked.ok || !link) return err(checked.ok ? linkInvalid("unknown") : checked.error);
  const request = await repos.appointmentRequests.findById(link.requestId);
  return request ? ok(request) : err(linkInvalid("unknown"));
}

/** `GET /api/v1/appointment-replies/{token}` and its page: the request and its answer so far; changes nothing. */
export function readAppointmentReply(deps: Pick<AppointmentWriteDeps, "unitOfWork" | "clock">) {
  return (input: { token: string }): Promise<Result<AppointmentRequest, LinkInvalid>> =>
    deps.unitOfWork.run((repos) => requestOfLink(repos, input.token, deps.clock.now()));
}

export type AnswerInput = Readonly<{ token: string; intention: string; message?: string | null | undefined }>;

/**
 * `POST /api/v1/appointment-replies/{token}`: records the CFA's answer once (a second is ALREADY_ANSWERED, even
 * from two clicks at the same instant); a personalised message is emailed to the candidate in the same transaction.
 */
export function answerAppointment(deps: Pick<AppointmentWriteDeps, "unitOfWork" | "clock">) {
  return (input: AnswerInput): Promise<Result<AppointmentRequest, AnswerRefusal>> =>
    deps.unitOfWork.run(async (repos): Promise<Result<AppointmentRequest, AnswerRefusal>> => {
      const now = deps.clock.now();
      const found = await requestOfLink(repos, input.token, now);
      if (!found.ok) return found;
      const request = found.value;
      const open = checkNotAnswered(request.answer);
      if (!open.ok) return open;
      const answer = draftAnswer(input, now);
      if (!answer.ok) return answer;
      if (!(await repos.appointmentRequests.answerOnce(request.id, answer.value))) {
        // A concurrent answer committed between the read and the write: the first one stays.
        const current = await repos.appointmentRequests.findById(request.id);
        return err({ code: "ALREADY_ANSWERED", answeredAt: current?.answer?.answeredAt ?? now });
      }
      if (answer.value.intention === "personalised_answer" && answer.value.message) {
        const email = appointmentAnswerEmail({
          firstName: request.applicant.firstName,
          trainingTitle: request.training.title,
          cfaName: request.training.establishmentName,
          cfaEmail: request.recipientEmail,
          message: answer.value.message,
        });
        const key = `appointment-answer/${request.id}`;
        await repos.outbox.enqueue({ to: request.applicant.email, ...email }, { idempotencyKey: key, now });
      }
      return ok({ ...request, answer: answer.value });
    });
}
