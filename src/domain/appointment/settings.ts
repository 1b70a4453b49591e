import type { Email } from "../shared/email.ts";
import { DEFAULT_PLATFORM_SWITCHES, type PlatformSwitches } from "./platform.ts";

/**
 * What support (or the CFA's Parcoursup activation) decided for one training establishment, keyed by its
 * formateur SIRET; it applies to all its trainings. Kept in our own tables, so a catalogue import never undoes it.
 */
export type EstablishmentAppointmentSettings = Readonly<{
  siret: string;
  platforms: PlatformSwitches;
  /** Where requests go instead of the catalogue's emails; null: the contact email rule decides. */
  contactEmail: Email | null;
  updatedAt: Date;
}>;

/** Support's override for one training: it wins over its establishment's settings. */
export type TrainingAppointmentSettings = Readonly<{
  trainingId: string;
  platforms: PlatformSwitches;
  contactEmail: Email | null;
  updatedAt: Date;
}>;

/** The settings that apply to one training once its establishment's and its own are combined. */
export type EffectiveAppointmentSettings = Readonly<{
  platforms: PlatformSwitches;
  /** Support's recipient email, the training's before the establishment's; null when neither set one. */
  contactEmailOverride: Email | null;
}>;

/**
 * docs/PRODUCT.md §8: the training's override wins over its establishment's settings, which win over the
 * defaults of a referenced establishment. Each email override is looked up the same way, on its own.
 */
export function effectiveSettings(
  establishment: EstablishmentAppointmentSettings | null,
  training: TrainingAppointmentSettings | null,
): EffectiveAppointmentSettings {
  return {
    platforms: training?.platforms ?? establishment?.platforms ?? DEFAULT_PLATFORM_SWITCHES,
    contactEmailOverride: training?.contactEmail ?? establishment?.contactEmail ?? null,
  };
}

/** The establishment's settings once its CFA activated Parcoursup (created with the defaults when none existed). */
export function withParcoursupActivated(
  siret: string,
  current: EstablishmentAppointmentSettings | null,
  now: Date,
): EstablishmentAppointmentSettings {
  const platforms = { ...(current?.platforms ?? DEFAULT_PLATFORM_SWITCHES), parcoursup: true };
  return { siret, platforms, contactEmail: current?.contactEmail ?? null, updatedAt: now };
}
