/**
 * earthdistance's `earth()` in km: the sphere the PostgreSQL helpers of this project measure on, so the fake's
 * distances and the database's agree (docs/API.md "Places": great-circle km).
 */
export const EARTH_RADIUS_KM = 6_378.168;

type Point = Readonly<{ latitude: number; longitude: number }>;

const RADIANS = Math.PI / 180;

/**
 * Great-circle km by the haversine formula, the same arithmetic the read model's SQL runs on the rows that survive
 * its bounding box (src/adapters/postgres/search/job-search-statement.ts), in the same order of operations.
 */
export function kmBetween(origin: Point, item: Point): number {
  const dLat = (item.latitude - origin.latitude) * RADIANS;
  const dLon = (item.longitude - origin.longitude) * RADIANS;
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(origin.latitude * RADIANS) * Math.cos(item.latitude * RADIANS) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Distances are shown rounded to 0.1 km (docs/API.md "Places"); the order uses the exact ones. */
export function roundedToTenthKm(km: number): number {
  return Math.round(km * 10) / 10;
}
