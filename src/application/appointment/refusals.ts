import type { AlreadyAnswered, AnswerInvalid } from "../../domain/appointment/answer.ts";
import type { DuplicateRequest } from "../../domain/appointment/duplicate-rule.ts";
import type {
  AppointmentUnavailable,
  DisposableEmail,
  EstablishmentNotInCatalogue,
  NoRecipientEmail,
} from "../../domain/appointment/errors.ts";
import type { AppointmentRequestInvalid } from "../../domain/appointment/request.ts";
import type { EmailError } from "../../domain/shared/email.ts";
import type { LinkInvalid } from "../shared/link-tokens.ts";
// The training context presents it (src/http/training-errors.ts): a code lives in one catalogue only.
import type { TrainingNotFound } from "../training/index.ts";

/** Support routes: the actor is not an administrator (identity presents it). */
export type AdminOnly = Readonly<{ code: "ADMIN_ONLY" }>;

/** Every refusal an appointment use case returns. */
export type AppointmentRefusal =
  | AppointmentRequestInvalid
  | AppointmentUnavailable
  | DuplicateRequest
  | DisposableEmail
  | EmailError
  | TrainingNotFound
  | AnswerInvalid
  | AlreadyAnswered
  | EstablishmentNotInCatalogue
  | NoRecipientEmail
  | LinkInvalid
  | AdminOnly;

export const adminOnly: AdminOnly = { code: "ADMIN_ONLY" };

/** What `requestAppointment` may refuse. */
export type RequestRefusal = Extract<
  AppointmentRefusal,
  {
    code:
      | "EMAIL_MALFORMED"
      | "APPOINTMENT_REQUEST_INVALID"
      | "DISPOSABLE_EMAIL"
      | "TRAINING_NOT_FOUND"
      | "APPOINTMENT_UNAVAILABLE"
      | "DUPLICATE_REQUEST";
  }
>;

/** What `answerAppointment` may refuse. */
export type AnswerRefusal = LinkInvalid | AlreadyAnswered | AnswerInvalid;

/** What support's settings changes may refuse. */
export type SettingsRefusal = AdminOnly | EmailError | EstablishmentNotInCatalogue | TrainingNotFound;

/** What sending a Parcoursup invitation may refuse. */
export type InvitationRefusal = AdminOnly | EstablishmentNotInCatalogue | NoRecipientEmail;
