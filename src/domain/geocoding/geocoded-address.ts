import type { GeoPoint } from "../shared/geo-point.ts";
import type { InseeCode } from "../shared/insee-code.ts";

/**
 * How close the coordinates are to the address, in the national address API's own terms (its `type`):
 * - `housenumber`: the door itself ("à la plaque");
 * - `street`: a point about the middle of the street;
 * - `locality`: a named place without street (lieu-dit);
 * - `municipality`: only the commune (its centre); the street was not found or not given.
 */
export const GEOCODING_PRECISIONS = ["housenumber", "street", "locality", "municipality"] as const;

type GeocodingPrecision = (typeof GEOCODING_PRECISIONS)[number];

/**
 * A French postal address as the geocoder understood it, with its WGS 84 coordinates (so it is a GeoPoint).
 * `street` is the address line before postcode and city: number and street name ("12 Rue Saint-Jean"), or a
 * lieu-dit; null when only the commune is known. `insee` is the commune's COG code, the municipal arrondissement's
 * in Paris, Lyon and Marseille (as the national address API answers), while `city` stays "Paris", "Lyon"…
 */
export type GeocodedAddress = GeoPoint &
  Readonly<{
    label: string;
    street: string | null;
    postcode: string;
    city: string;
    insee: InseeCode;
    precision: GeocodingPrecision;
  }>;

/**
 * The national address API's label: "12 Rue Saint-Jean 69005 Lyon" with an address line, the commune's name alone
 * ("Lyon") without one.
 */
export function addressLabel(street: string | null, postcode: string, city: string): string {
  return street ? `${street} ${postcode} ${city}` : city;
}
