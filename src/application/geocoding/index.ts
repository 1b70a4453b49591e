/** The geocoding context's public face: other contexts and the HTTP layer import only this file. */
export {
  ADDRESS_QUERY_MAX_LENGTH,
  ADDRESS_QUERY_MIN_LENGTH,
  normaliseAddressQuery,
} from "../../domain/geocoding/address-query.ts";
export {
  GEOCODING_PRECISIONS,
  type GeocodedAddress,
  type GeocodingPrecision,
} from "../../domain/geocoding/geocoded-address.ts";
export type { Geocoder } from "./ports.ts";
