import type { Training } from "../../domain/training/training.ts";

/** What a training page and search item show of the appointment service (decided by the appointment context). */
export type TrainingAppointment = Readonly<{
  /** A candidate coming from `platform` may ask for an appointment (service on there, and someone to write to). */
  available: boolean;
  /** The platforms where the service is on for this training: "lba", "onisep", "parcoursup". */
  platforms: readonly string[];
  /** Where requests and questions go (docs/PRODUCT.md §4 contact email rule, support override first); null: none. */
  contactEmail: string | null;
}>;

/**
 * The appointment service as the training context reads it. The appointment module is built after training (it
 * needs the trainings), so the training module reads this at request time, never while building.
 */
export interface AppointmentView {
  /** For each training given, keyed by its id; `platform` decides `available` (the site the candidate is on). */
  appointmentsOf(trainings: readonly Training[], platform: string): Promise<ReadonlyMap<string, TrainingAppointment>>;
}
