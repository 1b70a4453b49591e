import { z } from "@hono/zod-openapi";
import { SEARCH_KINDS } from "../../domain/search/search-entry.ts";
import { CONTRACT_TYPES } from "../../domain/shared/contract-type.ts";
import { PLACE_QUERY_FIELDS, refinePlace } from "./place.schema.ts";
import { DIPLOMA_LEVELS, romeList } from "./rome-list.schema.ts";

type PlaceGiven = Readonly<{ latitude?: number; longitude?: number; insee?: string; postcode?: string }>;

/** The jobs search needs a place (docs/API.md "Search"), unlike the training search. */
function requirePlace(value: PlaceGiven, ctx: z.RefinementCtx): void {
  const given = [value.latitude, value.longitude, value.insee, value.postcode].some((field) => field !== undefined);
  if (given) return;
  ctx.addIssue({
    code: "custom",
    path: ["place"],
    message: "Donnez un lieu : des coordonnées (latitude et longitude), un code INSEE ou un code postal.",
  });
}

export const JobSearchQuerySchema = z
  .object({
    romes: romeList.openapi({
      type: "string",
      example: "D1102,D1104",
      description: "1 à 20 codes ROME séparés par des virgules (chacun couvre ses sous-fiches)",
    }),
    ...PLACE_QUERY_FIELDS,
    diplomaLevel: z
      .enum(DIPLOMA_LEVELS)
      .optional()
      .openapi({ description: "Ce niveau et les offres sans niveau ; les entreprises ne sont pas filtrées" }),
    contractType: z
      .enum(CONTRACT_TYPES)
      .optional()
      .openapi({ description: "Ce contrat et les offres sans contrat précisé ; les entreprises ne sont pas filtrées" }),
    page: z.coerce.number().int().min(1).default(1),
    pageSize: z.coerce.number().int().min(1).max(200).default(50),
  })
  .superRefine(refinePlace)
  .superRefine(requirePlace);

export const JobSearchItemSchema = z
  .object({
    kind: z.enum(SEARCH_KINDS),
    id: z.string().openapi({ description: "Offre : son id ; offre France Travail : son id ; entreprise : son SIRET" }),
    title: z.string(),
    romeCodes: z.array(z.string()),
    companyName: z.string(),
    place: z.object({
      city: z.string().nullable(),
      postcode: z.string().nullable(),
      latitude: z.number(),
      longitude: z.number(),
    }),
    distanceKm: z.number().openapi({ description: "Distance à vol d'oiseau, arrondie à 0,1 km" }),
    canApply: z.boolean().openapi({ description: "Le candidat peut postuler depuis notre service" }),
    applyUrl: z.string().optional().openapi({ description: "Où postuler sinon (France Travail) ; absent si aucun" }),
    createdAt: z.iso.datetime().optional().openapi({ description: "Offres : date de publication ; absent sinon" }),
    phone: z.string().optional().openapi({ description: "Entreprises : téléphone, quand il est connu" }),
    website: z.string().optional().openapi({ description: "Entreprises : site web, quand il est connu" }),
  })
  .openapi("JobSearchItem");

export const JobSearchPageSchema = z
  .object({
    items: z.array(JobSearchItemSchema),
    totals: z.object({ offers: z.number().int(), partnerOffers: z.number().int(), companies: z.number().int() }),
    page: z.number().int(),
    pageSize: z.number().int(),
  })
  .openapi("JobSearchPage");
