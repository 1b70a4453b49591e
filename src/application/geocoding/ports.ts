import type { GeocodedAddress } from "../../domain/geocoding/geocoded-address.ts";

/** Turns a French postal address typed by a user into a normalised address with coordinates (ADR 0010). */
export interface Geocoder {
  /**
   * `query` is free text ("12 rue Saint-Jean 69005 Lyon"). Answers the best match; null when nothing matches
   * confidently, or when the query cannot be an address (normaliseAddressQuery gives null: fewer than 3 or more
   * than 200 characters). `precision` says how close the point is: callers must not treat a `municipality` answer
   * as the door. Throws UpstreamUnavailable when the geocoding service cannot answer.
   */
  geocode(query: string): Promise<GeocodedAddress | null>;
}
