import type { GeoPoint } from "../shared/geo-point.ts";

/**
 * Where a search is centred (docs/API.md "Places"): coordinates, a commune or arrondissement (INSEE code), a
 * postcode (its most populous commune), or nowhere. The HTTP layer has already refused several or a half pair.
 */
export type PlaceQuery =
  | Readonly<{ kind: "point"; point: GeoPoint }>
  | Readonly<{ kind: "insee"; insee: string }>
  | Readonly<{ kind: "postcode"; postcode: string }>
  | Readonly<{ kind: "none" }>;

/** No commune of the referential has this INSEE code or postcode. */
export type PlaceUnknown = Readonly<{ code: "PLACE_UNKNOWN"; path: "insee" | "postcode"; value: string }>;
