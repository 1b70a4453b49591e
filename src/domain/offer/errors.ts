import type { ContractType } from "../shared/contract-type.ts";
import type { ReminderKind } from "./offer.ts";

/**
 * Refusals of the offer context. Those about a submitted field carry its `path` (as the request body names it) so
 * HTTP can point at the field; the HTTP catalogue gives each code its status and French detail.
 */

/** No such ROME fiche, or an appellation that is not one of the fiche's (docs/API.md: 422 `ROME_UNKNOWN`). */
export type OfferRomeUnknown = Readonly<{
  code: "ROME_UNKNOWN";
  path: "romeCode" | "appellation";
  romeCode: string;
  appellation: string | null;
}>;

type ContractTypeRequired = Readonly<{ code: "CONTRACT_TYPE_REQUIRED"; path: "contractTypes" }>;

/** `path` points at the repeated item, e.g. "contractTypes.1". */
type ContractTypeDuplicate = Readonly<{
  code: "CONTRACT_TYPE_DUPLICATE";
  path: `contractTypes.${number}`;
  contractType: ContractType;
}>;

type StartDateMalformed = Readonly<{ code: "START_DATE_MALFORMED"; path: "startDate"; value: string }>;

type StartDateInPast = Readonly<{
  code: "START_DATE_IN_PAST";
  path: "startDate";
  startDate: string;
  earliest: string;
}>;

type StartDateTooFar = Readonly<{
  code: "START_DATE_TOO_FAR";
  path: "startDate";
  startDate: string;
  latest: string;
}>;

export type DurationOutOfRange = Readonly<{
  code: "DURATION_OUT_OF_RANGE";
  path: "durationMonths";
  value: number;
  min: number;
  max: number;
}>;

export type OpeningsOutOfRange = Readonly<{
  code: "OPENINGS_OUT_OF_RANGE";
  path: "openings";
  value: number;
  min: number;
  max: number;
}>;

export type EmployerDescriptionTooLong = Readonly<{
  code: "EMPLOYER_DESCRIPTION_TOO_LONG";
  path: "employerDescription";
  length: number;
  max: number;
}>;

/** Edit only: the public description cannot be emptied. */
export type DescriptionRequired = Readonly<{ code: "DESCRIPTION_REQUIRED"; path: "description" }>;

export type DescriptionTooLong = Readonly<{
  code: "DESCRIPTION_TOO_LONG";
  path: "description";
  length: number;
  max: number;
}>;

/** Filled or deleted: final states (docs/API.md: 409 `OFFER_CLOSED` on edit and extend). */
export type OfferClosed = Readonly<{ code: "OFFER_CLOSED"; offerId: string; status: "filled" | "deleted" }>;

/** Past its expiry: it must be extended before being edited. */
export type OfferExpired = Readonly<{ code: "OFFER_EXPIRED"; offerId: string; expiresAt: Date }>;

/** The expiry job met an offer whose expiry has not come yet. */
export type OfferNotDue = Readonly<{ code: "OFFER_NOT_DUE"; offerId: string; expiresAt: Date }>;

type CloseReasonRequired = Readonly<{ code: "CLOSE_REASON_REQUIRED"; path: "reason" }>;

/** Reason "other" needs a few words of explanation. */
type CloseReasonDetailRequired = Readonly<{ code: "CLOSE_REASON_DETAIL_REQUIRED"; path: "reasonDetail" }>;

type CloseReasonDetailTooLong = Readonly<{
  code: "CLOSE_REASON_DETAIL_TOO_LONG";
  path: "reasonDetail";
  length: number;
  max: number;
}>;

/** This reminder, or a more urgent one, was already sent during the offer's current life. */
export type ReminderAlreadySent = Readonly<{
  code: "REMINDER_ALREADY_SENT";
  offerId: string;
  kind: ReminderKind;
  lifeNumber: number;
}>;

export type StartDateRefusal = StartDateMalformed | StartDateInPast | StartDateTooFar;

export type ContractTypesRefusal = ContractTypeRequired | ContractTypeDuplicate;

/** Every refusal of a new offer's fields. */
export type OfferDraftRefusal =
  | OfferRomeUnknown
  | ContractTypesRefusal
  | StartDateRefusal
  | DurationOutOfRange
  | OpeningsOutOfRange
  | EmployerDescriptionTooLong;

export type OfferEditRefusal =
  | OfferClosed
  | OfferExpired
  | OfferDraftRefusal
  | DescriptionRequired
  | DescriptionTooLong;

export type OfferCloseRefusal =
  | OfferClosed
  | CloseReasonRequired
  | CloseReasonDetailRequired
  | CloseReasonDetailTooLong;

export const offerClosed = (offer: Readonly<{ id: string; status: "filled" | "deleted" }>): OfferClosed => ({
  code: "OFFER_CLOSED",
  offerId: offer.id,
  status: offer.status,
});
