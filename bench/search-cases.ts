import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import type { JobSearchQuery } from "../src/application/search/ports.ts";
import type { GeoPoint } from "../src/domain/shared/geo-point.ts";
import type { RomeCode } from "../src/domain/shared/rome-code.ts";

/**
 * The searches the benchmark measures (issue 11 "Benchmarks"): each through the API, and the jobs searches also as
 * the reader's own statement run directly against the database (the floor, bench/sql-floor.ts).
 */
export type JobSearchCase = Readonly<{
  key: string;
  label: string;
  romes: readonly string[];
  origin: Readonly<{ latitude: number; longitude: number }>;
  radiusKm: number;
  /** Paris and rural are held to the targets; the 200 km case is reported only. */
  targeted: boolean;
}>;

const FOOD_TRADES = ["D1102", "D1104", "D1106"] as const;
/** Paris, Notre-Dame; Aubusson (Creuse, 3,000 inhabitants), a rural point. */
const PARIS = { latitude: 48.853, longitude: 2.3499 };
const AUBUSSON = { latitude: 45.9472, longitude: 2.1701 };

export const JOB_SEARCH_CASES: readonly JobSearchCase[] = [
  { key: "paris", label: "Paris 30 km, 3 ROME", romes: FOOD_TRADES, origin: PARIS, radiusKm: 30, targeted: true },
  {
    key: "rural",
    label: "Aubusson (Creuse) 60 km, 3 ROME",
    romes: FOOD_TRADES,
    origin: AUBUSSON,
    radiusKm: 60,
    targeted: true,
  },
  { key: "wide", label: "Paris 200 km, 3 ROME", romes: FOOD_TRADES, origin: PARIS, radiusKm: 200, targeted: false },
];

/** The API's first page (default size), as GET /api/v1/jobs/search is called. */
export const PAGE_SIZE = 50;

export function jobSearchPath(search: JobSearchCase): string {
  const { latitude, longitude } = search.origin;
  return `/api/v1/jobs/search?romes=${search.romes.join(",")}&latitude=${latitude}&longitude=${longitude}&radius=${search.radiusKm}`;
}

export const TRAINING_SEARCH_PATH = `/api/v1/trainings/search?romes=D1102&latitude=${PARIS.latitude}&longitude=${PARIS.longitude}&radius=30`;
export const METIERS_PATH = "/api/v1/metiers?q=boul";
/** The website's results page for the Paris case (HTML, 20 results): its first byte is held to the API's budget. */
export const RESULTS_PAGE_PATH = `/recherche?metier=Boulanger&romes=${FOOD_TRADES.join(",")}&latitude=${PARIS.latitude}&longitude=${PARIS.longitude}&rayon=30`;
export const HEALTH_PATH = "/healthz";

/** The query the search use case builds for this case: codes widened to their sub-fiches (ROME `parentCode`). */
export function jobSearchQueryOf(search: JobSearchCase, repoRoot: string, now: Date): JobSearchQuery {
  const fiches = JSON.parse(gunzipSync(readFileSync(join(repoRoot, "data/referential/rome.json.gz"))).toString()) as {
    code: string;
    parentCode: string;
  }[];
  const wanted = new Set(search.romes);
  const codes = fiches.filter((f) => wanted.has(f.code) || wanted.has(f.parentCode)).map((f) => f.code);
  return {
    romeCodes: [...new Set(codes)].sort() as RomeCode[],
    origin: search.origin as GeoPoint,
    radiusKm: search.radiusKm,
    diplomaLevel: null,
    contractType: null,
    now,
    offset: 0,
    limit: PAGE_SIZE,
  };
}
