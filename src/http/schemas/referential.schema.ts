import { z } from "@hono/zod-openapi";
import { INSEE_CODE_PATTERN } from "../../domain/shared/insee-code.ts";
import { ROME_CODE_PATTERN } from "../../domain/shared/rome-code.ts";

export const LookupQuerySchema = z.object({
  q: z.string().trim().min(2).max(100).openapi({ example: "boulan", description: "2 à 100 caractères" }),
});

export const RomeCodeParamSchema = z.object({
  // Any short string: a code outside the referential, well-formed or not, is a 404 ROME_UNKNOWN (issue #2).
  romeCode: z
    .string()
    .min(1)
    .max(20)
    .openapi({ example: "D1102", param: { name: "romeCode", in: "path" } }),
});

export const MetierSuggestionSchema = z
  .object({
    romeCode: z.string().regex(ROME_CODE_PATTERN),
    romeLabel: z.string(),
    appellation: z.string().nullable(),
    appellationCode: z.string().nullable(),
  })
  .openapi("MetierSuggestion");

export const RomeFicheSchema = z
  .object({
    romeCode: z.string().regex(ROME_CODE_PATTERN),
    label: z.string(),
    parentCode: z.string(),
    domain: z.object({ code: z.string(), label: z.string() }),
    definition: z.string(),
    access: z.string(),
    skills: z.array(z.string()),
    softSkills: z.array(z.string()),
    appellations: z.array(z.object({ code: z.string(), label: z.string(), shortLabel: z.string() })),
  })
  .openapi("RomeFiche");

export const CommuneSchema = z
  .object({
    insee: z.string().regex(INSEE_CODE_PATTERN),
    name: z.string(),
    kind: z.enum(["commune", "arrondissement"]),
    postcodes: z.array(z.string()),
    latitude: z.number(),
    longitude: z.number(),
    department: z.string().openapi({ example: "69" }),
    departmentName: z.string(),
    population: z.number().int().nullable(),
  })
  .openapi("Commune");
