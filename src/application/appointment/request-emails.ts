import type { AppointmentRequest } from "../../domain/appointment/appointment-request.ts";
import { APPLICANT_LABELS, PLATFORM_NAMES, REASON_LABELS } from "../../domain/appointment/labels.ts";
import { frenchPhone } from "../../domain/shared/french-phone.ts";
import type { Outbox } from "../messaging/index.ts";
import {
  type AppointmentCandidateLines,
  appointmentConfirmationEmail,
  appointmentReminderEmail,
  appointmentRequestToCfaEmail,
} from "../messaging/index.ts";
import type { CfaDetails } from "./training-facts.ts";

/** The candidate as the CFA's emails show them. */
function candidateLines(request: AppointmentRequest): AppointmentCandidateLines {
  const { applicant } = request;
  return {
    fullName: `${applicant.firstName} ${applicant.lastName}`,
    applicantLabel: APPLICANT_LABELS[applicant.type],
    email: applicant.email,
    phone: frenchPhone(applicant.phone),
    reasons: request.reasons.map((reason) => REASON_LABELS[reason]),
    message: request.message,
  };
}

type Sending = Readonly<{ outbox: Outbox; now: Date }>;

/** The request to the CFA, with its answer link, and the confirmation to the candidate with the CFA's details. */
export async function enqueueRequestEmails(
  { outbox, now }: Sending,
  request: AppointmentRequest,
  reply: Readonly<{ url: string; validityDays: number }>,
  cfa: CfaDetails,
): Promise<void> {
  const toCfa = appointmentRequestToCfaEmail({
    trainingTitle: request.training.title,
    platformName: PLATFORM_NAMES[request.platform],
    candidate: candidateLines(request),
    replyUrl: reply.url,
    validityDays: reply.validityDays,
  });
  await outbox.enqueue(
    { to: request.recipientEmail, ...toCfa },
    { idempotencyKey: `appointment-request/${request.id}`, now },
  );
  const toCandidate = appointmentConfirmationEmail({
    firstName: request.applicant.firstName,
    trainingTitle: request.training.title,
    cfa: { ...cfa, phone: cfa.phone ? frenchPhone(cfa.phone) : null },
    reasons: request.reasons.map((reason) => REASON_LABELS[reason]),
  });
  await outbox.enqueue(
    { to: request.applicant.email, ...toCandidate },
    { idempotencyKey: `appointment-confirmation/${request.id}`, now },
  );
}

/** The one reminder to the CFA, with a fresh answer link. */
export async function enqueueReminderEmail(
  { outbox, now }: Sending,
  request: AppointmentRequest,
  replyUrl: string,
): Promise<void> {
  const email = appointmentReminderEmail({
    trainingTitle: request.training.title,
    requestedAt: request.createdAt,
    candidate: candidateLines(request),
    replyUrl,
  });
  await outbox.enqueue(
    { to: request.recipientEmail, ...email },
    { idempotencyKey: `appointment-reminder/${request.id}`, now },
  );
}
