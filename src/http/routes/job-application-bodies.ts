import type { ConsoleApplication, JobApplication } from "../../application/job-application/index.ts";

function targetOf(application: JobApplication) {
  const { target, snapshot } = application;
  const id =
    target.kind === "offer" ? target.offerId : target.kind === "partner_offer" ? target.partnerOfferId : target.siret;
  return { kind: target.kind, id, title: snapshot.title, companyName: snapshot.companyName };
}

function answerOf(application: JobApplication) {
  const { answer } = application;
  return answer
    ? { intention: answer.intention, message: answer.message, answeredAt: answer.answeredAt.toISOString() }
    : null;
}

function candidateOf(application: JobApplication) {
  const { firstName, lastName, email, phone } = application.candidate;
  return { firstName, lastName, email, phone };
}

/** The application as the company's quick-response link shows it. */
export function toResponseViewBody(application: JobApplication, linkExpiresAt: Date) {
  return {
    id: application.id,
    target: targetOf(application),
    candidate: candidateOf(application),
    message: application.message,
    createdAt: application.createdAt.toISOString(),
    answer: answerOf(application),
    linkExpiresAt: linkExpiresAt.toISOString(),
  };
}

/** An application in the recruiter console, its CV behind a signed link (`urlOf` makes it absolute). */
export function toConsoleApplicationBody(item: ConsoleApplication, urlOf: (token: string) => string) {
  const { application, cvLink } = item;
  return {
    id: application.id,
    candidate: candidateOf(application),
    message: application.message,
    createdAt: application.createdAt.toISOString(),
    answer: answerOf(application),
    status: application.status,
    notes: application.notes,
    delivery: application.delivery.state,
    cv:
      application.cv && cvLink
        ? {
            filename: application.cv.filename,
            size: application.cv.size,
            url: urlOf(cvLink.token),
            urlExpiresAt: cvLink.expiresAt.toISOString(),
          }
        : null,
  };
}
