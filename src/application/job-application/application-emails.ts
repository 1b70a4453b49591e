import { CV_CONTENT_TYPES } from "../../domain/job-application/cv-file.ts";
import type { CompanyAnswer, JobApplication } from "../../domain/job-application/job-application.ts";
import { frenchPhone } from "../../domain/shared/french-phone.ts";
import {
  applicationAnswerEmail,
  applicationConfirmationEmail,
  applicationCvInfectedEmail,
  applicationOfferFilledEmail,
  applicationToRecipientEmail,
  type Outbox,
} from "../messaging/index.ts";
import type { PreparedResponseLink } from "./application-links.ts";

type Sending = Readonly<{ outbox: Outbox; now: Date }>;

const spontaneous = (application: JobApplication) => application.target.kind === "company";

/** The page of an offer's applications in the recruiter's space (offers posted here only). */
function consoleUrlOf(publicUrl: string, application: JobApplication): string | null {
  if (application.target.kind !== "offer") return null;
  return `${publicUrl}/espace-pro/offres/${encodeURIComponent(application.target.offerId)}/candidatures`;
}

/**
 * The application to the company (or CFA), the CV attached and the three quick-response buttons, and the
 * confirmation to the candidate: both in the transaction that marks it delivered, each once (idempotency keys).
 */
export async function enqueueDeliveryEmails(
  { outbox, now }: Sending,
  delivery: Readonly<{
    application: JobApplication;
    cvBytes: Uint8Array;
    response: PreparedResponseLink;
    validityDays: number;
    publicUrl: string;
  }>,
): Promise<void> {
  const { application, cvBytes, response } = delivery;
  const { candidate, snapshot, cv } = application;
  const toRecipient = applicationToRecipientEmail({
    targetTitle: snapshot.title,
    companyName: snapshot.companyName,
    spontaneous: spontaneous(application),
    candidate: {
      fullName: `${candidate.firstName} ${candidate.lastName}`,
      email: candidate.email,
      phone: candidate.phone ? frenchPhone(candidate.phone) : null,
    },
    message: application.message,
    cvFilename: cv?.filename ?? "",
    responseUrls: response.urls,
    validityDays: delivery.validityDays,
    consoleUrl: consoleUrlOf(delivery.publicUrl, application),
  });
  const attachments = cv ? [{ filename: cv.filename, contentType: CV_CONTENT_TYPES[cv.kind], content: cvBytes }] : [];
  await outbox.enqueue(
    { to: application.recipientEmail, replyTo: candidate.email, ...toRecipient, attachments },
    { idempotencyKey: `application/${application.id}/recipient`, now },
  );
  const toCandidate = applicationConfirmationEmail({
    firstName: candidate.firstName,
    targetTitle: snapshot.title,
    companyName: snapshot.companyName,
    spontaneous: spontaneous(application),
  });
  await outbox.enqueue(
    { to: candidate.email, ...toCandidate },
    { idempotencyKey: `application/${application.id}/confirmation`, now },
  );
}

/** The company's answer, to the candidate at once; `answerId` names this answer (a changed one is a new email). */
export async function enqueueAnswerEmail(
  { outbox, now }: Sending,
  application: JobApplication,
  answer: CompanyAnswer,
  answerId: string,
): Promise<void> {
  const content = applicationAnswerEmail({
    firstName: application.candidate.firstName,
    targetTitle: application.snapshot.title,
    companyName: application.snapshot.companyName,
    intention: answer.intention,
    message: answer.message,
    companyEmail: application.recipientEmail,
  });
  await outbox.enqueue(
    { to: application.candidate.email, replyTo: application.recipientEmail, ...content },
    { idempotencyKey: `application/${application.id}/answer/${answerId}`, now },
  );
}

/** The antivirus found a threat: the CV was not forwarded, the candidate may apply again with a clean file. */
export async function enqueueInfectedEmail({ outbox, now }: Sending, application: JobApplication): Promise<void> {
  const content = applicationCvInfectedEmail({
    firstName: application.candidate.firstName,
    targetTitle: application.snapshot.title,
    companyName: application.snapshot.companyName,
    cvFilename: application.cv?.filename ?? "",
  });
  await outbox.enqueue(
    { to: application.candidate.email, ...content },
    { idempotencyKey: `application/${application.id}/infected`, now },
  );
}

/** The offer was filled: one email to a candidate still waiting for an answer. */
export async function enqueueOfferFilledEmail({ outbox, now }: Sending, application: JobApplication): Promise<void> {
  const content = applicationOfferFilledEmail({
    firstName: application.candidate.firstName,
    targetTitle: application.snapshot.title,
    companyName: application.snapshot.companyName,
  });
  await outbox.enqueue(
    { to: application.candidate.email, ...content },
    { idempotencyKey: `application/${application.id}/offer-filled`, now },
  );
}
