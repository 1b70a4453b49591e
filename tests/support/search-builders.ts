import type { JobSearchQuery, SearchIndex, SearchReader } from "../../src/application/search/ports.ts";
import { EARTH_RADIUS_KM } from "../../src/domain/search/great-circle.ts";
import type { SearchEntry } from "../../src/domain/search/search-entry.ts";
import type { GeoPoint } from "../../src/domain/shared/geo-point.ts";
import type { RomeCode } from "../../src/domain/shared/rome-code.ts";

/** Notre-Dame de Paris, the test searches' centre. */
export const PARIS = { latitude: 48.853, longitude: 2.3499 } as GeoPoint;

/** The point `km` due north of `origin`: along a meridian the great-circle distance is exactly that. */
export function northOf(origin: GeoPoint, km: number): GeoPoint {
  return {
    latitude: origin.latitude + (km / EARTH_RADIUS_KM) * (180 / Math.PI),
    longitude: origin.longitude,
  } as GeoPoint;
}

let sequence = 0;

/** A live offer posted here, 1 km north of Paris, for D1102, unless told otherwise. */
export function aSearchEntry(overrides: Partial<SearchEntry> & { km?: number } = {}): SearchEntry {
  sequence++;
  const { km = 1, ...fields } = overrides;
  const kind = fields.kind ?? "offer";
  const point = northOf(PARIS, km);
  const company = kind === "company";
  return {
    kind,
    id: company ? String(40_000_000_000_000 + sequence) : `${kind}-${String(sequence).padStart(4, "0")}`,
    title: company ? "Boulangerie des tests" : "Boulanger / Boulangère",
    romeCodes: ["D1102" as RomeCode],
    companyName: "Boulangerie des tests (démo)",
    place: { city: "Paris", postcode: "75004", ...point },
    diplomaLevel: company ? null : "3",
    contractTypes: company ? null : ["apprentissage"],
    createdAt: company ? null : new Date("2026-10-01T08:00:00Z"),
    importRank: company ? sequence : null,
    expiresAt: null,
    canApply: true,
    applyUrl: null,
    phone: null,
    website: null,
    ...fields,
  };
}

/** A search around Paris for D1102 as of 2026-11-02, 30 km, no filter, the first 50. */
export function aJobSearchQuery(overrides: Partial<JobSearchQuery> = {}): JobSearchQuery {
  return {
    romeCodes: ["D1102" as RomeCode],
    origin: PARIS,
    radiusKm: 30,
    diplomaLevel: null,
    contractType: null,
    now: new Date("2026-11-02T08:00:00Z"),
    offset: 0,
    limit: 50,
    ...overrides,
  };
}

/** A fresh, empty read model: its index and its reader over the same rows. */
export type SearchReadModelFactory = () => Promise<{ index: SearchIndex; reader: SearchReader }>;
