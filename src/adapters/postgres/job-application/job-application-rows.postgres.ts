import type { ApplicationTarget, JobApplication } from "../../../domain/job-application/job-application.ts";
import type { Email } from "../../../domain/shared/email.ts";
import type { PhoneNumber } from "../../../domain/shared/phone-number.ts";
import type { Siret } from "../../../domain/shared/siret.ts";
import type { jobApplications as applications } from "./schema.ts";

export type Row = typeof applications.$inferSelect;
type Change = Omit<
  Row,
  | "id"
  | "targetKind"
  | "targetId"
  | "targetKey"
  | "targetTitle"
  | "companyName"
  | "organisationId"
  | "recipientEmail"
  | "createdAt"
  | "scanLeaseUntil"
>;

/** The fields `update` writes: everything but the target, its snapshot and the creation. */
export function changeOf(application: JobApplication): Change {
  const { candidate, cv, delivery, answer } = application;
  return {
    candidateFirstName: candidate.firstName,
    candidateLastName: candidate.lastName,
    candidateEmail: candidate.email,
    candidatePhone: candidate.phone,
    message: application.message,
    cvId: cv?.id ?? null,
    cvFilename: cv?.filename ?? null,
    cvKind: cv?.kind ?? null,
    cvSize: cv?.size ?? null,
    deliveryState: delivery.state,
    deliveredAt: delivery.deliveredAt,
    scanAttempts: delivery.scanAttempts,
    answerIntention: answer?.intention ?? null,
    answerMessage: answer?.message ?? null,
    answeredAt: answer?.answeredAt ?? null,
    status: application.status,
    notes: application.notes,
    lastActivityAt: application.lastActivityAt,
    anonymisedAt: application.anonymisedAt,
  };
}

export function toRow(application: JobApplication, targetKey: string): Row {
  const { target, snapshot } = application;
  return {
    id: application.id,
    targetKind: target.kind,
    targetId: targetIdOf(target),
    targetKey,
    targetTitle: snapshot.title,
    companyName: snapshot.companyName,
    organisationId: snapshot.organisationId,
    recipientEmail: application.recipientEmail,
    createdAt: application.createdAt,
    scanLeaseUntil: null,
    ...changeOf(application),
  };
}

function targetIdOf(target: ApplicationTarget): string {
  if (target.kind === "offer") return target.offerId;
  return target.kind === "partner_offer" ? target.partnerOfferId : target.siret;
}

function targetOf(row: Row): ApplicationTarget {
  if (row.targetKind === "offer") return { kind: "offer", offerId: row.targetId };
  if (row.targetKind === "partner_offer") return { kind: "partner_offer", partnerOfferId: row.targetId };
  return { kind: "company", siret: row.targetId as Siret };
}

export function fromRow(row: Row): JobApplication {
  const { cvId, cvFilename, cvKind, cvSize, answerIntention, answeredAt } = row;
  return {
    id: row.id,
    target: targetOf(row),
    snapshot: { title: row.targetTitle, companyName: row.companyName, organisationId: row.organisationId },
    recipientEmail: row.recipientEmail as Email,
    candidate: {
      firstName: row.candidateFirstName,
      lastName: row.candidateLastName,
      email: row.candidateEmail as Email,
      phone: row.candidatePhone as PhoneNumber | null,
    },
    message: row.message,
    cv:
      cvId !== null && cvFilename !== null && cvKind !== null && cvSize !== null
        ? { id: cvId, filename: cvFilename, kind: cvKind, size: cvSize }
        : null,
    delivery: { state: row.deliveryState, deliveredAt: row.deliveredAt, scanAttempts: row.scanAttempts },
    answer:
      answerIntention !== null && answeredAt !== null
        ? { intention: answerIntention, message: row.answerMessage, answeredAt }
        : null,
    status: row.status,
    notes: row.notes,
    createdAt: row.createdAt,
    lastActivityAt: row.lastActivityAt,
    anonymisedAt: row.anonymisedAt,
  };
}
