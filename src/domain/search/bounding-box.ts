import { EARTH_RADIUS_KM } from "./great-circle.ts";

/**
 * The longitudes a search circle spans: every one (the circle holds a pole), one interval, or two when it crosses
 * the antimeridian (`from` up to 180, and -180 up to `to`).
 */
export type LongitudeSpan =
  | Readonly<{ kind: "all" }>
  | Readonly<{ kind: "between"; min: number; max: number }>
  | Readonly<{ kind: "wrapped"; from: number; to: number }>;

export type BoundingBox = Readonly<{ minLatitude: number; maxLatitude: number; longitudes: LongitudeSpan }>;

/** Widens the box by a hair so that rounding never drops a point the exact distance would keep. */
const MARGIN_DEGREES = 1e-9;
const DEGREES = 180 / Math.PI;

/**
 * The smallest latitude/longitude box holding every point within `radiusKm` of `origin` on the sphere (J. P.
 * Matuschek, "Finding points within a distance of a latitude/longitude using bounding coordinates"): a superset
 * the exact distance then trims. Latitudes are clamped to ±90.
 */
export function boundingBox(origin: Readonly<{ latitude: number; longitude: number }>, radiusKm: number): BoundingBox {
  const angle = radiusKm / EARTH_RADIUS_KM;
  const latitudeDelta = angle * DEGREES + MARGIN_DEGREES;
  const minLatitude = origin.latitude - latitudeDelta;
  const maxLatitude = origin.latitude + latitudeDelta;
  if (minLatitude <= -90 || maxLatitude >= 90) {
    return { minLatitude: Math.max(-90, minLatitude), maxLatitude: Math.min(90, maxLatitude), longitudes: ALL };
  }
  const ratio = Math.sin(angle) / Math.cos(origin.latitude / DEGREES);
  if (ratio >= 1) return { minLatitude, maxLatitude, longitudes: ALL };
  const longitudeDelta = Math.asin(ratio) * DEGREES + MARGIN_DEGREES;
  return { minLatitude, maxLatitude, longitudes: spanAround(origin.longitude, longitudeDelta) };
}

const ALL: LongitudeSpan = { kind: "all" };

function spanAround(longitude: number, delta: number): LongitudeSpan {
  if (delta >= 180) return ALL;
  const min = longitude - delta;
  const max = longitude + delta;
  if (min < -180) return { kind: "wrapped", from: min + 360, to: max };
  if (max > 180) return { kind: "wrapped", from: min, to: max - 360 };
  return { kind: "between", min, max };
}

/** Whether a point is inside the box (the fake checks what the database's index and filter check). */
export function inBoundingBox(box: BoundingBox, point: Readonly<{ latitude: number; longitude: number }>): boolean {
  if (point.latitude < box.minLatitude || point.latitude > box.maxLatitude) return false;
  const span = box.longitudes;
  switch (span.kind) {
    case "all":
      return true;
    case "between":
      return point.longitude >= span.min && point.longitude <= span.max;
    case "wrapped":
      return point.longitude >= span.from || point.longitude <= span.to;
  }
}

/**
 * The read model cuts the globe into meridian strips this wide (about 37 km at 48° N, the size of a default
 * search): the search's index reads a box strip by strip, so a latitude band is not read across the whole country.
 */
const LONGITUDE_STRIP_DEGREES = 0.5;
const LAST_STRIP = 180 / LONGITUDE_STRIP_DEGREES;

/** The strip a longitude lies in, from -360 (at -180°) to 360 (at 180° exactly). */
export function longitudeStripOf(longitude: number): number {
  return Math.floor(longitude / LONGITUDE_STRIP_DEGREES);
}

/** The strips a span overlaps, ascending; null for every longitude (no strip to name). */
export function longitudeStripsOf(span: LongitudeSpan): number[] | null {
  const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
  switch (span.kind) {
    case "all":
      return null;
    case "between":
      return range(longitudeStripOf(span.min), longitudeStripOf(span.max));
    case "wrapped":
      return [...range(-LAST_STRIP, longitudeStripOf(span.to)), ...range(longitudeStripOf(span.from), LAST_STRIP)];
  }
}
