import type { AppointmentPlatform } from "../../domain/appointment/platform.ts";
import { err, ok, type Result } from "../../domain/shared/result.ts";
import type { AppointmentSettingsRepository } from "./ports.ts";
import type { RequestRefusal } from "./refusals.ts";
import type { TrainingReader } from "./settings.ts";
import { recipientOf, settingsOfTraining } from "./training-facts.ts";

/** What the candidate sees of a training before asking: never the address the request will go to. */
export type AppointmentPreview = Readonly<{ trainingTitle: string; establishmentName: string; city: string | null }>;

type PreviewRefusal = Extract<RequestRefusal, { code: "TRAINING_NOT_FOUND" | "APPOINTMENT_UNAVAILABLE" }>;

type PreviewDeps = Readonly<{ trainings: TrainingReader; appointmentSettings: AppointmentSettingsRepository }>;

/**
 * The appointment form's heading (the website's `/formations/{id}/rendez-vous`): the same checks as the request
 * on where it would go, so that a form is only shown when the request can be sent.
 */
export function previewAppointment(deps: PreviewDeps) {
  return async (
    input: Readonly<{ trainingId: string; platform: AppointmentPlatform }>,
  ): Promise<Result<AppointmentPreview, PreviewRefusal>> => {
    const training = await deps.trainings.trainingOf(input.trainingId);
    if (!training) return err({ code: "TRAINING_NOT_FOUND", id: input.trainingId });
    const effective = await settingsOfTraining(deps.appointmentSettings, training);
    if (recipientOf(training, effective, input.platform) === null) {
      const reason = effective.platforms[input.platform] ? "no_contact_email" : "switched_off";
      return err({ code: "APPOINTMENT_UNAVAILABLE", platform: input.platform, reason });
    }
    return ok({
      trainingTitle: training.title,
      establishmentName: training.formateur.legalName,
      city: training.place?.city ?? training.formateur.address.city,
    });
  };
}
