import type { DiplomaLevel } from "../../domain/referential/nomenclatures.ts";
import type { ContractType } from "../../domain/shared/contract-type.ts";
import type { GeoPoint } from "../../domain/shared/geo-point.ts";
import { ok, type Result } from "../../domain/shared/result.ts";
import type { RomeCode } from "../../domain/shared/rome-code.ts";
import type { PlaceQuery, PlaceUnknown, RomeUnknown } from "../referential/index.ts";
import type { Clock } from "../shared/ports.ts";
import type { JobSearchHit, JobSearchTotals, SearchReader } from "./ports.ts";

export type JobSearchInput = Readonly<{
  /** Well-formed ROME codes (`^[A-N]\d{4}$`, checked at the edge). */
  romes: readonly string[];
  /** A place is required here (the edge refuses `none`); a `none` would find nothing. */
  place: PlaceQuery;
  radiusKm: number;
  diplomaLevel: DiplomaLevel["level"] | null;
  contractType: ContractType | null;
  page: number;
  pageSize: number;
}>;

export type JobSearchPage = Readonly<{
  items: readonly JobSearchHit[];
  totals: JobSearchTotals;
  page: number;
  pageSize: number;
}>;

type Deps = Readonly<{
  searchReader: SearchReader;
  resolvePlace: (place: PlaceQuery) => Promise<Result<GeoPoint | null, PlaceUnknown>>;
  romeCodesWithSubFiches: (codes: readonly RomeCode[]) => Promise<Result<RomeCode[], RomeUnknown>>;
  clock: Clock;
}>;

const NO_TOTALS: JobSearchTotals = { offers: 0, partnerOffers: 0, companies: 0 };

/**
 * GET /api/v1/jobs/search (docs/API.md "Search"): the live offers, France Travail offers and algorithm companies
 * of the ROME codes (and their sub-fiches) around a place, in the FAQ's single order, one page and per-kind totals.
 */
export function searchJobs(deps: Deps) {
  return async (input: JobSearchInput): Promise<Result<JobSearchPage, RomeUnknown | PlaceUnknown>> => {
    const romeCodes = await deps.romeCodesWithSubFiches(input.romes as readonly RomeCode[]);
    if (!romeCodes.ok) return romeCodes;
    const origin = await deps.resolvePlace(input.place);
    if (!origin.ok) return origin;
    const { page, pageSize } = input;
    if (origin.value === null) return ok({ items: [], totals: NO_TOTALS, page, pageSize });
    const found = await deps.searchReader.search({
      romeCodes: romeCodes.value,
      origin: origin.value,
      radiusKm: input.radiusKm,
      diplomaLevel: input.diplomaLevel,
      contractType: input.contractType,
      now: deps.clock.now(),
      offset: (page - 1) * pageSize,
      limit: pageSize,
    });
    return ok({ items: found.hits, totals: found.totals, page, pageSize });
  };
}
