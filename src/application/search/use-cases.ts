import type { GeoPoint } from "../../domain/shared/geo-point.ts";
import type { Result } from "../../domain/shared/result.ts";
import type { RomeCode } from "../../domain/shared/rome-code.ts";
import type { PlaceQuery, PlaceUnknown, RomeUnknown } from "../referential/index.ts";
import type { Clock } from "../shared/ports.ts";
import type { SearchReader } from "./ports.ts";
import { searchJobs } from "./search-jobs.ts";

/** Every port and function the jobs search needs (the same wiring on PostgreSQL and on fakes). */
export type SearchDeps = Readonly<{
  searchReader: SearchReader;
  resolvePlace: (place: PlaceQuery) => Promise<Result<GeoPoint | null, PlaceUnknown>>;
  romeCodesWithSubFiches: (codes: readonly RomeCode[]) => Promise<Result<RomeCode[], RomeUnknown>>;
  clock: Clock;
}>;

export function searchUseCases(deps: SearchDeps) {
  return { searchJobs: searchJobs(deps) };
}

export type SearchUseCases = ReturnType<typeof searchUseCases>;
