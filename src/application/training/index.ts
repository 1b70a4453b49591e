/** The training context's public face: other contexts import only this file. */
export type { NearbyTrainingProvider } from "../../domain/training/training-provider.ts";
export type { AppointmentView, TrainingAppointment } from "./appointment-view.ts";
export type { TrainingProviderRegistry } from "./ports.ts";
export type { TrainingPublishedApi } from "./published.ts";
