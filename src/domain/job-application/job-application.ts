import type { Email } from "../shared/email.ts";
import type { PhoneNumber } from "../shared/phone-number.ts";
import type { Siret } from "../shared/siret.ts";
import type { CvKind } from "./cv-file.ts";
import type { PipelineStatus } from "./pipeline.ts";

/**
 * What a candidate applies to (docs/PRODUCT.md §1): an offer posted here, a France Travail offer, or an algorithm
 * company (a spontaneous application).
 */
export type ApplicationTarget =
  | Readonly<{ kind: "offer"; offerId: string }>
  | Readonly<{ kind: "partner_offer"; partnerOfferId: string }>
  | Readonly<{ kind: "company"; siret: Siret }>;

export type ApplicationTargetKind = ApplicationTarget["kind"];

/**
 * One string per target, e.g. `offer:…`, `company:12345678901234`: what the per-target quota counts. An offer and
 * the company posting it are different targets (the FAQ's "3 to the same offer or company").
 */
export function targetKeyOf(target: ApplicationTarget): string {
  switch (target.kind) {
    case "offer":
      return `offer:${target.offerId}`;
    case "partner_offer":
      return `partner_offer:${target.partnerOfferId}`;
    case "company":
      return `company:${target.siret}`;
  }
}

/** The company's quick response (docs/API.md "Applications"). */
export const INTENTIONS = ["interview", "later", "refuse"] as const;
export type Intention = (typeof INTENTIONS)[number];

export type CompanyAnswer = Readonly<{ intention: Intention; message: string | null; answeredAt: Date }>;

type Candidate = Readonly<{ firstName: string; lastName: string; email: Email; phone: PhoneNumber | null }>;

/**
 * Where an application stands on its way to the company:
 * - `awaiting_scan`: accepted, its CV not yet judged by the antivirus (the scanner was down at submission); the
 *   `applications:deliver` job scans it again until it is judged;
 * - `delivered`: scanned clean; the company's email and the candidate's confirmation are in the outbox;
 * - `infected`: never forwarded; the candidate was told.
 */
type DeliveryState = "awaiting_scan" | "delivered" | "infected";

/** The CV as the application knows it; its bytes live in the CvStore (encrypted), until the retention purge. */
type CvReference = Readonly<{ id: string; filename: string; kind: CvKind; size: number }>;

/** What the emails and pages show of the target, as it was when the candidate applied. */
type TargetSnapshot = Readonly<{
  title: string;
  companyName: string;
  /** The organisation owning an offer posted here (its console lists the application); null otherwise. */
  organisationId: string | null;
}>;

export type JobApplication = Readonly<{
  id: string;
  target: ApplicationTarget;
  snapshot: TargetSnapshot;
  /** Where it was sent: the offer's contact email (the CFA's for a CFA's offer), the partner's or company's. */
  recipientEmail: Email;
  candidate: Candidate;
  message: string;
  /** Null once the retention purge deleted the CV (90 days after delivery). */
  cv: CvReference | null;
  delivery: Readonly<{ state: DeliveryState; deliveredAt: Date | null; scanAttempts: number }>;
  answer: CompanyAnswer | null;
  /** The recruiter console's pipeline [beyond the public service]. */
  status: PipelineStatus;
  /** Private notes of the organisation's members; null when none. */
  notes: string | null;
  createdAt: Date;
  /** Last change by anyone (answer, status, notes, delivery): the 2-year anonymisation counts from it. */
  lastActivityAt: Date;
  /** Set when the retention purge replaced the candidate's data by placeholders. */
  anonymisedAt: Date | null;
}>;
