import type { Training } from "../../domain/training/training.ts";
import type { AppointmentView, TrainingAppointment } from "./appointment-view.ts";

/**
 * The appointment view when the appointment module is there (read at request time: it is built after this
 * one), else null: then no training takes appointment requests.
 */
export type AppointmentViewLookup = () => AppointmentView | null;

export const NO_APPOINTMENT: TrainingAppointment = { available: false, platforms: [], contactEmail: null };

/** For each training, what the appointment service says of it (NO_APPOINTMENT when it says nothing). */
export async function appointmentsOf(
  lookup: AppointmentViewLookup,
  trainings: readonly Training[],
  platform: string,
): Promise<(training: Training) => TrainingAppointment> {
  const view = lookup();
  const found = view && trainings.length > 0 ? await view.appointmentsOf(trainings, platform) : new Map();
  return (training) => found.get(training.id) ?? NO_APPOINTMENT;
}
