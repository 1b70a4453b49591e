import type { CvTypeNotAllowed } from "../../domain/job-application/cv-file.ts";
import type { ApplicationTargetKind } from "../../domain/job-application/job-application.ts";
import type { StatusTransitionRefused } from "../../domain/job-application/pipeline.ts";
import type { QuotaExceeded } from "../../domain/job-application/quota.ts";
import type { DisposableEmail, EmailError } from "../../domain/shared/email.ts";
import type { LinkInvalid } from "../shared/link-tokens.ts";

type TargetNotFound = Readonly<{ code: "TARGET_NOT_FOUND"; kind: ApplicationTargetKind; id: string }>;
type TargetClosed = Readonly<{ code: "OFFER_CLOSED"; id: string }>;
type NoContactEmail = Readonly<{ code: "NO_CONTACT_EMAIL"; kind: ApplicationTargetKind; id: string }>;
type CvTooLarge = Readonly<{ code: "CV_TOO_LARGE"; limit: number }>;
type CvInfected = Readonly<{ code: "CV_INFECTED" }>;
/** The offer is unknown or belongs to another organisation: the same 404, nothing revealed. */
export type ApplicationsNotFound = Readonly<{ code: "APPLICATION_NOT_FOUND"; id: string }>;
/** The CV was deleted (retention) or never delivered. */
export type CvNotFound = Readonly<{ code: "CV_NOT_FOUND"; applicationId: string }>;
type NotesTooLong = Readonly<{ code: "NOTES_TOO_LONG"; limit: number }>;

/** The quota's refusal, with the wait the `Retry-After` header gives (from the use case's clock). */
type QuotaRefusal = QuotaExceeded & Readonly<{ retryAfterSeconds: number }>;

export type SubmitRefusal =
  | EmailError
  | DisposableEmail
  | TargetNotFound
  | TargetClosed
  | NoContactEmail
  | CvTooLarge
  | CvTypeNotAllowed
  | CvInfected
  | QuotaRefusal;

type ResponseRefusal = LinkInvalid | CvNotFound;

export type ConsoleRefusal = ApplicationsNotFound | StatusTransitionRefused | NotesTooLong;

export type JobApplicationRefusal = SubmitRefusal | ResponseRefusal | ConsoleRefusal;
