import type { ReminderKind } from "./offer.ts";

/** Inclusive bounds of a whole number. */
export type IntegerRange = Readonly<{ min: number; max: number }>;

/**
 * Every limit of the offer rules. docs/PRODUCT.md asks for durations, limits and counts as configuration: the
 * composition root builds this from the environment, starting from DEFAULT_OFFER_SETTINGS.
 */
export type OfferSettings = Readonly<{
  /** An offer is valid this many days after its publication or its last extension (docs/PRODUCT.md §2: 30). */
  lifetimeDays: number;
  /** A reminder becomes due this many Paris calendar days before the expiry date (J-7, J-1). */
  reminderDaysBefore: Readonly<Record<ReminderKind, number>>;
  /** The start date lies between today and today plus this many years (Europe/Paris dates). */
  startDateMaxYearsAhead: number;
  durationMonths: IntegerRange;
  openings: IntegerRange;
  /** In characters (Unicode code points), after trimming. */
  employerDescriptionMaxLength: number;
  /** Limit of the public description once edited; the generated one stays far below it. */
  descriptionMaxLength: number;
  /** How many savoir-faire of the ROME fiche the generated description lists (core skills come first). */
  descriptionSkillCount: number;
  closeReasonDetailMaxLength: number;
}>;

export const DEFAULT_OFFER_SETTINGS: OfferSettings = {
  lifetimeDays: 30,
  reminderDaysBefore: { "J-7": 7, "J-1": 1 },
  startDateMaxYearsAhead: 2,
  durationMonths: { min: 6, max: 36 },
  openings: { min: 1, max: 10 },
  employerDescriptionMaxLength: 3000,
  descriptionMaxLength: 10_000,
  descriptionSkillCount: 8,
  closeReasonDetailMaxLength: 1000,
};
