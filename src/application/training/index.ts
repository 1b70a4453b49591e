/** The training context's public face: other contexts import only this file. */
export type { TrainingNotFound } from "../../domain/training/errors.ts";
export { websiteOf } from "../../domain/training/listing.ts";
export { TRAINING_FIELD_SOURCES, type Training } from "../../domain/training/training.ts";
export type { NearbyTrainingProvider } from "../../domain/training/training-provider.ts";
export type { EstablishmentMatch } from "../../domain/training/training-search.ts";
export type { AppointmentView, TrainingAppointment } from "./appointment-view.ts";
export { catalogueJobs } from "./catalogue-jobs.ts";
export type { TrainingDetail } from "./get-training.ts";
export { importCatalogue } from "./import-catalogue.ts";
export type { TrainingCatalogueSource, TrainingProviderRegistry } from "./ports.ts";
export type { TrainingPublishedApi } from "./published.ts";
export { trainingPublishedApi } from "./published-api.ts";
export type { TrainingFeedItem } from "./read-training-feed.ts";
export type { TrainingSearchItem } from "./search-trainings.ts";
export { type TrainingUseCases, trainingUseCases } from "./use-cases.ts";
