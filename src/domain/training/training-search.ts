import type { GeoPoint } from "../shared/geo-point.ts";
import type { Siret } from "../shared/siret.ts";
import type { Training, TrainingDiplomaLevel } from "./training.ts";

/**
 * What GET /api/v1/trainings/search asks the store for, once the place and the ROME codes are resolved:
 * `romeCodes` already holds each asked code and its sub-fiches; without `origin` there is no distance.
 */
export type TrainingSearchCriteria = Readonly<{
  romeCodes: readonly string[];
  origin: GeoPoint | null;
  radiusKm: number;
  /** That level and trainings without a level (docs/API.md "Diploma levels"); null: every level. */
  diplomaLevel: TrainingDiplomaLevel | null;
  offset: number;
  limit: number;
}>;

/** One found training; `distanceKm` great-circle, rounded to 0.1, null without an origin. */
type TrainingSearchHit = Readonly<{ training: Training; distanceKm: number | null }>;

export type TrainingSearchResult = Readonly<{ hits: readonly TrainingSearchHit[]; total: number }>;

/** "Find my establishment": a formateur establishment of the catalogue, whether Qualiopi or not. */
export type EstablishmentMatch = Readonly<{
  siret: Siret;
  name: string;
  uai: string | null;
  city: string | null;
  qualiopi: boolean;
}>;

/** A training as the partner feed gives it: `active` while listed, `removed` once it left the catalogue or the list. */
export type TrainingFeedEntry = Readonly<{ training: Training; status: "active" | "removed" }>;

/** Great-circle kilometres rounded to 0.1 (docs/API.md "Places"), from the metres the database measures. */
export function roundedKm(meters: number): number {
  return Math.round(meters / 100) / 10;
}
