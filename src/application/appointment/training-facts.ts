import type { CandidateEmails } from "../../domain/appointment/contact-email.ts";
import { contactEmailFor } from "../../domain/appointment/contact-email.ts";
import type { AppointmentPlatform } from "../../domain/appointment/platform.ts";
import { type EffectiveAppointmentSettings, effectiveSettings } from "../../domain/appointment/settings.ts";
import { type Email, parseEmail } from "../../domain/shared/email.ts";
import type { Training } from "../training/index.ts";
import type { AppointmentSettingsRepository } from "./ports.ts";

/** The catalogue's three addresses of a training, for the contact email rule. */
export function candidateEmailsOf(training: Training): CandidateEmails {
  return {
    session: training.sessionEmail,
    formateur: training.formateur.email,
    gestionnaire: training.gestionnaire.email,
  };
}

/** The settings that apply to a training: its establishment's, its own override winning. */
export async function settingsOfTraining(
  settings: AppointmentSettingsRepository,
  training: Training,
): Promise<EffectiveAppointmentSettings> {
  const [establishment, own] = await Promise.all([
    settings.establishment(training.formateur.siret),
    settings.training(training.id),
  ]);
  return effectiveSettings(establishment, own);
}

/** Where a request from `platform` goes: null when the service is off there or nobody is known to write to. */
export function recipientOf(
  training: Training,
  effective: EffectiveAppointmentSettings,
  platform: AppointmentPlatform,
): Email | null {
  if (!effective.platforms[platform]) return null;
  const email = contactEmailFor(candidateEmailsOf(training), true, effective.contactEmailOverride);
  // The catalogue's addresses are free text: one that is not an address is none.
  const parsed = parseEmail(email ?? "");
  return parsed.ok ? parsed.value : null;
}

/** What the candidate is told about the CFA (docs/PRODUCT.md §8: name, address, phone, email, to keep). */
export type CfaDetails = Readonly<{ name: string; address: string | null; phone: string | null; email: string }>;

export function cfaDetailsOf(training: Training, email: string): CfaDetails {
  const place = training.place;
  const street = place?.street ?? training.formateur.address.street;
  const postcode = place?.postcode ?? training.formateur.address.postcode;
  const city = place?.city ?? training.formateur.address.city;
  const address = [street, [postcode, city].filter(Boolean).join(" ")].filter(Boolean).join(", ") || null;
  return { name: training.formateur.legalName, address, phone: training.phone, email };
}
