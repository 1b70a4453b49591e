import { contactEmailFor } from "../../domain/appointment/contact-email.ts";
import { isAppointmentPlatform, platformsOn } from "../../domain/appointment/platform.ts";
import { effectiveSettings } from "../../domain/appointment/settings.ts";
import type { AppointmentView, Training, TrainingAppointment } from "../training/index.ts";
import type { AppointmentSettingsRepository } from "./ports.ts";
import { candidateEmailsOf } from "./training-facts.ts";

/**
 * What the training pages and search show of the service (the training context's AppointmentView): the
 * platforms switched on, whether a candidate from `platform` may ask (on there, and an address to write to), and
 * the contact email of the FAQ's rule for that platform. An unknown platform is one where the service is off.
 */
export function appointmentView(settings: AppointmentSettingsRepository): AppointmentView {
  return {
    async appointmentsOf(trainings: readonly Training[], platform: string) {
      const sirets = [...new Set(trainings.map((training) => training.formateur.siret as string))];
      const [establishments, overrides] = await Promise.all([
        settings.establishments(sirets),
        settings.trainings(trainings.map((training) => training.id)),
      ]);
      const answer = new Map<string, TrainingAppointment>();
      for (const training of trainings) {
        const effective = effectiveSettings(
          establishments.get(training.formateur.siret) ?? null,
          overrides.get(training.id) ?? null,
        );
        const on = isAppointmentPlatform(platform) && effective.platforms[platform];
        const emails = candidateEmailsOf(training);
        const recipient = contactEmailFor(emails, true, effective.contactEmailOverride);
        answer.set(training.id, {
          available: on && recipient !== null,
          platforms: platformsOn(effective.platforms),
          contactEmail: contactEmailFor(emails, on, effective.contactEmailOverride),
        });
      }
      return answer;
    },
  };
}
