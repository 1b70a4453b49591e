import type { Email } from "../shared/email.ts";
import type { PhoneNumber } from "../shared/phone-number.ts";
import { err, ok, type Result } from "../shared/result.ts";
import type { AppointmentPlatform } from "./platform.ts";

/** What a candidate wants to talk about (docs/API.md "Appointments"): at least one, each at most once. */
export const APPOINTMENT_REASONS = [
  "modalites",
  "contenu",
  "portes_ouvertes",
  "frais",
  "places",
  "horaires",
  "alternance",
  "accompagnement",
  "lieu",
  "suivi",
  "debouches",
  "autre",
] as const;

export type AppointmentReason = (typeof APPOINTMENT_REASONS)[number];

/** The candidate asks for themself, or a parent asks for their child. */
export const APPLICANT_TYPES = ["student", "parent"] as const;

export type ApplicantType = (typeof APPLICANT_TYPES)[number];

/** Bounds of what a candidate types: enough for a real question, not a document. */
export const REQUEST_LIMITS = { nameMax: 100, messageMax: 2_000 } as const;

type Applicant = Readonly<{
  firstName: string;
  lastName: string;
  email: Email;
  phone: PhoneNumber;
  type: ApplicantType;
}>;

/** A request as the candidate sent it, checked; where it goes is decided by the training's settings. */
export type AppointmentRequestDraft = Readonly<{
  trainingId: string;
  platform: AppointmentPlatform;
  applicant: Applicant;
  reasons: readonly AppointmentReason[];
  message: string | null;
}>;

type RequestFieldProblem = "required" | "too_long" | "unknown" | "duplicate";

export type AppointmentRequestInvalid = Readonly<{
  code: "APPOINTMENT_REQUEST_INVALID";
  path: "firstName" | "lastName" | "reasons" | "message";
  problem: RequestFieldProblem;
}>;

type DraftInput = Omit<AppointmentRequestDraft, "reasons" | "message"> &
  Readonly<{ reasons: readonly string[]; message?: string | null | undefined }>;

const invalid = (path: AppointmentRequestInvalid["path"], problem: RequestFieldProblem) =>
  err<AppointmentRequestInvalid>({ code: "APPOINTMENT_REQUEST_INVALID", path, problem });

/** Trims names and message (an empty message is none) and checks every bound; the first fault found is returned. */
export function draftAppointmentRequest(input: DraftInput): Result<AppointmentRequestDraft, AppointmentRequestInvalid> {
  const firstName = input.applicant.firstName.trim();
  const lastName = input.applicant.lastName.trim();
  for (const [path, value] of [
    ["firstName", firstName],
    ["lastName", lastName],
  ] as const) {
    if (value === "") return invalid(path, "required");
    if (value.length > REQUEST_LIMITS.nameMax) return invalid(path, "too_long");
  }
  if (input.reasons.length === 0) return invalid("reasons", "required");
  if (!input.reasons.every(isReason)) return invalid("reasons", "unknown");
  if (new Set(input.reasons).size !== input.reasons.length) return invalid("reasons", "duplicate");
  const message = input.message?.trim() || null;
  if (message !== null && message.length > REQUEST_LIMITS.messageMax) return invalid("message", "too_long");
  const applicant = { ...input.applicant, firstName, lastName };
  return ok({ trainingId: input.trainingId, platform: input.platform, applicant, reasons: input.reasons, message });
}

function isReason(value: string): value is AppointmentReason {
  return (APPOINTMENT_REASONS as readonly string[]).includes(value);
}
