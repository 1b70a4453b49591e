/**
 * earthdistance's `earth()` in km: the sphere the PostgreSQL helpers of this project measure on (docs/API.md
 * "Places": great-circle km).
 */
export const EARTH_RADIUS_KM = 6_378.168;

type Point = Readonly<{ latitude: number; longitude: number }>;

/** A point as a unit vector from the centre of the sphere: what the read model stores beside the coordinates. */
export type UnitVector = Readonly<{ x: number; y: number; z: number }>;

const RADIANS = Math.PI / 180;

export function unitVectorOf(point: Point): UnitVector {
  const latitude = point.latitude * RADIANS;
  const longitude = point.longitude * RADIANS;
  return {
    x: Math.cos(latitude) * Math.cos(longitude),
    y: Math.cos(latitude) * Math.sin(longitude),
    z: Math.sin(latitude),
  };
}

/**
 * The squared straight-line (chord) distance between two unit vectors: only subtractions and products, so the
 * database computes it on every candidate row without a trigonometric call, in exactly this order of operations
 * (src/adapters/postgres/search/job-search-sql.postgres.ts). The great-circle distance grows with it: ordering by
 * it is ordering by distance.
 */
export function chordSquared(a: UnitVector, b: UnitVector): number {
  return (b.x - a.x) * (b.x - a.x) + (b.y - a.y) * (b.y - a.y) + (b.z - a.z) * (b.z - a.z);
}

/** The great-circle km of a squared chord. */
export function kmOfChordSquared(chord2: number): number {
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(chord2) / 2));
}

/** The squared chord of a great-circle distance: a radius as the bound the chord is compared with. */
export function chordSquaredOfKm(km: number): number {
  const chord = 2 * Math.sin(Math.min(km, Math.PI * EARTH_RADIUS_KM) / (2 * EARTH_RADIUS_KM));
  return chord * chord;
}

/** Great-circle km between two points (through their chord, as the search computes it). */
export function kmBetween(origin: Point, item: Point): number {
  return kmOfChordSquared(chordSquared(unitVectorOf(origin), unitVectorOf(item)));
}

/** Distances are shown rounded to 0.1 km (docs/API.md "Places"); the order uses the exact ones. */
export function roundedToTenthKm(km: number): number {
  return Math.round(km * 10) / 10;
}
