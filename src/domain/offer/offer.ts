import type { ContractTypes } from "../shared/contract-type.ts";
import type { Email } from "../shared/email.ts";
import type { RomeCode } from "../shared/rome-code.ts";
import type { Siret } from "../shared/siret.ts";
import type { CloseReason } from "./close-reason.ts";
import type { CalendarDate } from "./paris-calendar.ts";
import type { TargetDiplomaLevel } from "./target-diploma-level.ts";

/**
 * Where the apprentice will work: the SIRET's address by default, or another geocoded address. Null parts are
 * unknown (Sirene may lack a postcode; an address may not be geocoded yet).
 */
export type Workplace = Readonly<{
  street: string | null;
  postcode: string | null;
  city: string | null;
  /** INSEE commune code (COG). */
  insee: string | null;
  /** WGS 84 degrees; both or neither. */
  latitude: number | null;
  longitude: number | null;
}>;

/** The expiry reminders (docs/PRODUCT.md §2), in the order they are sent. */
export const REMINDER_KINDS = ["J-7", "J-1"] as const;

export type ReminderKind = (typeof REMINDER_KINDS)[number];

type SentReminder = Readonly<{ kind: ReminderKind; sentAt: Date }>;

export type OfferFields = Readonly<{
  id: string;
  organisationId: string;
  romeCode: RomeCode;
  /** The fiche's label, kept so the offer reads the same if the referential changes. */
  romeLabel: string;
  /** One of the fiche's appellation labels, as the referential spells it; null when none was chosen. */
  appellation: string | null;
  diplomaLevel: TargetDiplomaLevel;
  contractTypes: ContractTypes;
  startDate: CalendarDate;
  durationMonths: number;
  openings: number;
  /** Public text generated from the ROME fiche at publication; the recruiter may rewrite it. */
  description: string;
  employerDescription: string | null;
  /** Where applications, reminders and CFA shares go. */
  contactEmail: Email;
  workplace: Workplace;
  /** The partner company's SIRET when a CFA posts on its behalf (mandat); null for a company's own offer. */
  partnerSiret: Siret | null;
  /**
   * The employer candidates see, as named at publication: the company, or for an offer a CFA posts for a partner
   * the CFA (the company stays anonymous). Kept on the offer so its search entry is written from the offer alone,
   * inside the transaction that changes it. Null only for offers published before it was kept, until the start-up
   * fills it in (`nameOffersEmployers`).
   */
  employerName: string | null;
  /** The user who published it. */
  createdBy: string;
  createdAt: Date;
  /** Bumped by every change the public or partners see (partners read offers in update order). */
  updatedAt: Date;
  expiresAt: Date;
  /** 1 at publication, +1 at each extension: reminders are sent at most once per life. */
  lifeNumber: number;
  /** Reminders sent during the current life; an extension empties it. */
  remindersSent: readonly SentReminder[];
  /**
   * The stored revision this value was read at: 1 at publication, one more at each stored change. A write based
   * on an older revision is refused (docs/adr/0018), so two changes never silently undo each other.
   */
  version: number;
}>;

/**
 * active → expired (its expiry passed) → active again when extended;
 * active or expired → filled (pourvue) or deleted (with a reason). Filled and deleted are final.
 */
export type ActiveOffer = OfferFields & Readonly<{ status: "active" }>;
export type ExpiredOffer = OfferFields & Readonly<{ status: "expired" }>;
export type FilledOffer = OfferFields & Readonly<{ status: "filled"; closedAt: Date }>;
export type DeletedOffer = OfferFields &
  Readonly<{ status: "deleted"; closedAt: Date; closeReason: CloseReason; closeReasonDetail: string | null }>;

export type Offer = ActiveOffer | ExpiredOffer | FilledOffer | DeletedOffer;

export type OfferStatus = Offer["status"];

/** Closed by the recruiter: nothing brings it back. */
export type ClosedOffer = FilledOffer | DeletedOffer;

export function isClosed(offer: Offer): offer is ClosedOffer {
  return offer.status === "filled" || offer.status === "deleted";
}

/** The expiry instant is reached: the offer is no longer valid, even before the expiry job marks it. */
export function hasReachedExpiry(offer: Offer, now: Date): boolean {
  return now.getTime() >= offer.expiresAt.getTime();
}
