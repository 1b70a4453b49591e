import type { PlatformSwitches } from "../../domain/appointment/platform.ts";
import {
  type EstablishmentAppointmentSettings,
  effectiveSettings,
  type TrainingAppointmentSettings,
} from "../../domain/appointment/settings.ts";
import { type Email, type EmailError, parseEmail } from "../../domain/shared/email.ts";
import { err, ok, type Result } from "../../domain/shared/result.ts";
import type { Siret } from "../../domain/shared/siret.ts";
import type { Actor } from "../identity/index.ts";
import type { Clock } from "../shared/ports.ts";
import type { AppointmentSettingsRepository } from "./ports.ts";
import { adminOnly, type SettingsRefusal } from "./refusals.ts";
import type { TrainingReader } from "./settings.ts";
import { recipientOf } from "./training-facts.ts";

type SettingsDeps = Readonly<{
  appointmentSettings: AppointmentSettingsRepository;
  trainings: TrainingReader;
  clock: Clock;
}>;

/** `contactEmail`: absent keeps support's current override, null removes it, an address replaces it. */
type SettingsChange = Readonly<{ actor: Actor; platforms: PlatformSwitches; contactEmail?: string | null | undefined }>;

function overrideOf(change: SettingsChange, current: Email | null): Result<Email | null, EmailError> {
  if (change.contactEmail === undefined) return ok(current);
  if (change.contactEmail === null) return ok(null);
  return parseEmail(change.contactEmail);
}

/**
 * `PATCH /api/v1/admin/establishments/{siret}/appointment-settings`: support switches the service per platform for
 * every training of a formateur SIRET of the catalogue, and may name the address requests go to.
 */
export function updateEstablishmentAppointmentSettings(deps: SettingsDeps) {
  return async (
    input: SettingsChange & Readonly<{ siret: string }>,
  ): Promise<Result<{ settings: EstablishmentAppointmentSettings; trainingCount: number }, SettingsRefusal>> => {
    if (!input.actor.isAdmin) return err(adminOnly);
    // The catalogue is the judge of a SIRET: one it does not list is refused, whatever its digits.
    const siret = input.siret as Siret;
    if ((await deps.trainings.formateurOf(siret)) === null) {
      return err({ code: "ESTABLISHMENT_NOT_IN_CATALOGUE", siret: input.siret });
    }
    const current = await deps.appointmentSettings.establishment(siret);
    const contactEmail = overrideOf(input, current?.contactEmail ?? null);
    if (!contactEmail.ok) return contactEmail;
    const settings = {
      siret,
      platforms: input.platforms,
      contactEmail: contactEmail.value,
      updatedAt: deps.clock.now(),
    };
    await deps.appointmentSettings.saveEstablishment(settings);
    const trainingCount = (await deps.trainings.trainingsOfFormateur(siret)).length;
    return ok({ settings, trainingCount });
  };
}

export type TrainingSettingsUpdated = Readonly<{
  settings: TrainingAppointmentSettings;
  /** Where a request from our own site now goes (null: the service is off there, or no address). */
  recipientEmail: string | null;
}>;

/** `PATCH /api/v1/admin/trainings/{id}/appointment-settings`: one training's override, winning over its establishment's. */
export function updateTrainingAppointmentSettings(deps: SettingsDeps) {
  return async (
    input: SettingsChange & Readonly<{ trainingId: string }>,
  ): Promise<Result<TrainingSettingsUpdated, SettingsRefusal>> => {
    if (!input.actor.isAdmin) return err(adminOnly);
    const training = await deps.trainings.trainingOf(input.trainingId);
    if (!training) return err({ code: "TRAINING_NOT_FOUND", id: input.trainingId });
    const current = await deps.appointmentSettings.training(training.id);
    const contactEmail = overrideOf(input, current?.contactEmail ?? null);
    if (!contactEmail.ok) return contactEmail;
    const settings = {
      trainingId: training.id,
      platforms: input.platforms,
      contactEmail: contactEmail.value,
      updatedAt: deps.clock.now(),
    };
    await deps.appointmentSettings.saveTraining(settings);
    const establishment = await deps.appointmentSettings.establishment(training.formateur.siret);
    const recipientEmail = recipientOf(training, effectiveSettings(establishment, settings), "lba");
    return ok({ settings, recipientEmail });
  };
}
