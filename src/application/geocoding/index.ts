/** The geocoding context's public face: other contexts and the HTTP layer import only this file. */

export type { GeocodedAddress } from "../../domain/geocoding/geocoded-address.ts";
export type { Geocoder } from "./ports.ts";
