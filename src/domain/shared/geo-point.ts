import type { Brand } from "./brand.ts";
import { err, ok, type Result } from "./result.ts";

export type GeoPoint = Brand<{ readonly latitude: number; readonly longitude: number }, "GeoPoint">;

export type GeoPointError = {
  readonly code: "GEO_POINT_OUT_OF_RANGE";
  readonly latitude: number;
  readonly longitude: number;
};

/** WGS 84 degrees, as used by the INSEE/IGN commune centroids and the national address API. */
export function parseGeoPoint(latitude: number, longitude: number): Result<GeoPoint, GeoPointError> {
  const valid =
    Number.isFinite(latitude) && Number.isFinite(longitude) && Math.abs(latitude) <= 90 && Math.abs(longitude) <= 180;
  return valid ? ok({ latitude, longitude } as GeoPoint) : err({ code: "GEO_POINT_OUT_OF_RANGE", latitude, longitude });
}
