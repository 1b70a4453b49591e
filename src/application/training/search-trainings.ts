import type { GeoPoint } from "../../domain/shared/geo-point.ts";
import { ok, type Result } from "../../domain/shared/result.ts";
import type { RomeCode } from "../../domain/shared/rome-code.ts";
import type { Training, TrainingDiplomaLevel } from "../../domain/training/training.ts";
import type { PlaceQuery, PlaceUnknown, RomeUnknown } from "../referential/index.ts";
import { type AppointmentViewLookup, appointmentsOf } from "./appointments-of.ts";
import type { TrainingStore } from "./ports.ts";

export type TrainingSearchInput = Readonly<{
  /** Well-formed ROME codes (`^[A-N]\d{4}$`, checked at the edge). */
  romes: readonly string[];
  place: PlaceQuery;
  radiusKm: number;
  diplomaLevel: TrainingDiplomaLevel | null;
  page: number;
  pageSize: number;
}>;

export type TrainingSearchItem = Readonly<{
  training: Training;
  distanceKm: number | null;
  appointmentAvailable: boolean;
}>;

export type TrainingSearchPage = Readonly<{
  items: readonly TrainingSearchItem[];
  page: number;
  pageSize: number;
  total: number;
}>;

type Deps = Readonly<{
  trainings: TrainingStore;
  resolvePlace: (place: PlaceQuery) => Promise<Result<GeoPoint | null, PlaceUnknown>>;
  romeCodesWithSubFiches: (codes: readonly RomeCode[]) => Promise<Result<RomeCode[], RomeUnknown>>;
  appointments: AppointmentViewLookup;
}>;

/**
 * GET /api/v1/trainings/search: listed trainings preparing one of the ROME codes (or a sub-fiche), around a place
 * or anywhere, nearest first, then title, then id; `appointmentAvailable` for a candidate on our site ("lba").
 */
export function searchTrainings(deps: Deps) {
  return async (input: TrainingSearchInput): Promise<Result<TrainingSearchPage, RomeUnknown | PlaceUnknown>> => {
    const romeCodes = await deps.romeCodesWithSubFiches(input.romes as readonly RomeCode[]);
    if (!romeCodes.ok) return romeCodes;
    const origin = await deps.resolvePlace(input.place);
    if (!origin.ok) return origin;
    const { page, pageSize } = input;
    const found = await deps.trainings.search({
      romeCodes: romeCodes.value,
      origin: origin.value,
      radiusKm: input.radiusKm,
      diplomaLevel: input.diplomaLevel,
      offset: (page - 1) * pageSize,
      limit: pageSize,
    });
    const trainings = found.hits.map((hit) => hit.training);
    const appointment = await appointmentsOf(deps.appointments, trainings, "lba");
    const items = found.hits.map(({ training, distanceKm }) => ({
      training,
      distanceKm,
      appointmentAvailable: appointment(training).available,
    }));
    return ok({ items, page, pageSize, total: found.total });
  };
}
