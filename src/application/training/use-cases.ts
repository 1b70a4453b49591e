import type { GeoPoint } from "../../domain/shared/geo-point.ts";
import type { Result } from "../../domain/shared/result.ts";
import type { RomeCode } from "../../domain/shared/rome-code.ts";
import type { PlaceQuery, PlaceUnknown, RomeUnknown } from "../referential/index.ts";
import type { AppointmentViewLookup } from "./appointments-of.ts";
import { findTrainingEstablishments } from "./find-training-establishments.ts";
import { getTraining } from "./get-training.ts";
import type { TrainingStore } from "./ports.ts";
import { readTrainingFeed } from "./read-training-feed.ts";
import { searchTrainings } from "./search-trainings.ts";

/** Every port and function the training reads need (the same wiring on PostgreSQL and on fakes). */
export type TrainingDeps = Readonly<{
  trainings: TrainingStore;
  resolvePlace: (place: PlaceQuery) => Promise<Result<GeoPoint | null, PlaceUnknown>>;
  romeCodesWithSubFiches: (codes: readonly RomeCode[]) => Promise<Result<RomeCode[], RomeUnknown>>;
  appointments: AppointmentViewLookup;
}>;

/** The public training reads: search, detail, "find my establishment", the partner feed. */
export function trainingUseCases(deps: TrainingDeps) {
  return {
    searchTrainings: searchTrainings(deps),
    getTraining: getTraining(deps),
    findTrainingEstablishments: findTrainingEstablishments(deps),
    readTrainingFeed: readTrainingFeed(deps),
  };
}

export type TrainingUseCases = ReturnType<typeof trainingUseCases>;
