import { z } from "zod";
import { GEOCODING_PRECISIONS, type GeocodedAddress } from "../../domain/geocoding/geocoded-address.ts";
import { parseGeoPoint } from "../../domain/shared/geo-point.ts";
import { parseInseeCode } from "../../domain/shared/insee-code.ts";
import { err, ok, type Result } from "../../domain/shared/result.ts";

/**
 * The part of the national address API's answer to `GET /search/` that we read: a GeoCodeJSON FeatureCollection
 * (adresse.data.gouv.fr "API Adresse", served by the IGN Géoplateforme since 2024, same format). Properties:
 * `type` housenumber | street | locality | municipality; `name` is the number and street name, the lieu-dit or
 * the commune; `citycode` the INSEE code (an arrondissement's in Paris, Lyon, Marseille, where `city` is the city
 * and `district` the arrondissement); `score` 0 to 1. Other fields (id, banId, x, y, context, importance…) are
 * dropped. `postcode` is optional: a few communes have none.
 */
const FeatureSchema = z.object({
  type: z.literal("Feature"),
  geometry: z.object({ type: z.literal("Point"), coordinates: z.tuple([z.number(), z.number()]) }),
  properties: z.object({
    label: z.string().min(1),
    score: z.number(),
    type: z.enum(GEOCODING_PRECISIONS),
    name: z.string().optional(),
    housenumber: z.string().optional(),
    street: z.string().optional(),
    postcode: z.string().optional(),
    citycode: z.string(),
    city: z.string().min(1),
  }),
});

export const BanSearchResponseSchema = z.object({
  type: z.literal("FeatureCollection"),
  features: z.array(FeatureSchema),
});

export type BanFeature = z.infer<typeof FeatureSchema>;

/**
 * One feature as a GeocodedAddress; null when it cannot be one (no postcode); an error message when it breaks the
 * format (citycode not an INSEE code, coordinates out of range), which the adapter reports as an unexpected body.
 */
export function toGeocodedAddress(feature: BanFeature): Result<GeocodedAddress | null, string> {
  const { properties: p, geometry } = feature;
  const [longitude, latitude] = geometry.coordinates;
  const insee = parseInseeCode(p.citycode);
  if (!insee.ok) return err(`citycode ${p.citycode} is not an INSEE code`);
  const point = parseGeoPoint(latitude, longitude);
  if (!point.ok) return err(`coordinates [${geometry.coordinates.join(", ")}] out of range`);
  if (!p.postcode) return ok(null);
  return ok({
    ...point.value,
    label: p.label,
    street: streetLine(feature),
    postcode: p.postcode,
    city: p.city,
    insee: insee.value,
    precision: p.type,
  });
}

/** `name` holds "12 Rue Saint-Jean" (housenumber), "Rue Saint-Jean" (street) or the lieu-dit (locality). */
function streetLine({ properties: p }: BanFeature): string | null {
  if (p.type === "municipality") return null;
  const composed = [p.housenumber, p.street].filter((part) => part).join(" ");
  return p.name || composed || null;
}
