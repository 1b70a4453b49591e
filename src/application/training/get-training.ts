import { err, ok, type Result } from "../../domain/shared/result.ts";
import type { TrainingNotFound } from "../../domain/training/errors.ts";
import type { Training } from "../../domain/training/training.ts";
import type { TrainingAppointment } from "./appointment-view.ts";
import { type AppointmentViewLookup, appointmentsOf } from "./appointments-of.ts";
import type { TrainingStore } from "./ports.ts";

export type TrainingDetail = Readonly<{ training: Training; appointment: TrainingAppointment }>;

/** GET /api/v1/trainings/{id}: a listed training and what the appointment service offers on `platform`. */
export function getTraining(deps: Readonly<{ trainings: TrainingStore; appointments: AppointmentViewLookup }>) {
  return async (
    input: Readonly<{ id: string; platform: string }>,
  ): Promise<Result<TrainingDetail, TrainingNotFound>> => {
    const training = await deps.trainings.findListed(input.id);
    if (!training) return err({ code: "TRAINING_NOT_FOUND", id: input.id });
    const appointment = await appointmentsOf(deps.appointments, [training], input.platform);
    return ok({ training, appointment: appointment(training) });
  };
}
