import { z } from "@hono/zod-openapi";
import type { PlaceQuery } from "../../application/referential/index.ts";
import type { GeoPoint } from "../../domain/shared/geo-point.ts";
import { INSEE_CODE_PATTERN } from "../../domain/shared/insee-code.ts";

/**
 * The place of a search (docs/API.md "Places"): query fields to spread into a search's query schema, checked by
 * `refinePlace`, read by `placeQueryOf`. Shared by every search that takes a place.
 */
export const PLACE_QUERY_FIELDS = {
  latitude: z.coerce.number().min(-90).max(90).optional().openapi({ example: 50.63, description: "Avec longitude" }),
  longitude: z.coerce.number().min(-180).max(180).optional().openapi({ example: 3.06, description: "Avec latitude" }),
  insee: z
    .string()
    .regex(INSEE_CODE_PATTERN, { error: "Code INSEE invalide : 5 caractères (par exemple 59350 ou 2A004)." })
    .optional()
    .openapi({ example: "59350", description: "Code INSEE d'une commune ou d'un arrondissement" }),
  postcode: z
    .string()
    .regex(/^\d{5}$/, { error: "Code postal invalide : 5 chiffres (par exemple 59000)." })
    .optional()
    .openapi({ example: "59000", description: "Code postal (sa commune la plus peuplée)" }),
  radius: z.coerce.number().min(1).max(200).default(30).openapi({ description: "Rayon en km, 1 à 200" }),
};

type PlaceFields = Readonly<{ latitude?: number; longitude?: number; insee?: string; postcode?: string }>;

/** At most one place, and coordinates as a pair (400 VALIDATION_FAILED otherwise). */
export function refinePlace(value: PlaceFields, ctx: z.RefinementCtx): void {
  const hasLatitude = value.latitude !== undefined;
  if (hasLatitude !== (value.longitude !== undefined)) {
    ctx.addIssue({
      code: "custom",
      path: [hasLatitude ? "longitude" : "latitude"],
      message: "Donnez la latitude et la longitude ensemble.",
    });
    return;
  }
  const given = [hasLatitude, value.insee !== undefined, value.postcode !== undefined].filter(Boolean).length;
  if (given > 1) {
    ctx.addIssue({
      code: "custom",
      path: ["place"],
      message: "Donnez un seul lieu : des coordonnées, un code INSEE ou un code postal.",
    });
  }
}

export function placeQueryOf(value: PlaceFields): PlaceQuery {
  const { latitude, longitude, insee, postcode } = value;
  if (latitude !== undefined && longitude !== undefined) {
    return { kind: "point", point: { latitude, longitude } as GeoPoint };
  }
  if (insee !== undefined) return { kind: "insee", insee: insee.toUpperCase() };
  if (postcode !== undefined) return { kind: "postcode", postcode };
  return { kind: "none" };
}
