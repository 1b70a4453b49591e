import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import type { Commune, RomeFiche, ReferentialUseCases as UseCases } from "../../application/referential/index.ts";
import { referentialProblem } from "../referential-errors.ts";
import { problemContent } from "../schemas/problem.schema.ts";
import {
  CommuneSchema,
  LookupQuerySchema,
  MetierSuggestionSchema,
  RomeCodeParamSchema,
  RomeFicheSchema,
} from "../schemas/referential.schema.ts";
import { validationHook } from "../validation.ts";

const tags = ["Référentiels"];

/**
 * The referential changes only with a release of the service: its answers may be kept an hour by browsers and
 * shared caches (they depend on nothing but the URL).
 */
const STATIC_DATA_CACHE = { "Cache-Control": "public, max-age=3600" };

const metiersRoute = createRoute({
  method: "get",
  path: "/api/v1/metiers",
  tags,
  summary: "Autocomplétion des métiers (appellations et fiches ROME)",
  request: { query: LookupQuerySchema },
  responses: {
    200: {
      description: "Au plus 20 métiers, les meilleurs d'abord",
      content: { "application/json": { schema: z.object({ items: z.array(MetierSuggestionSchema) }) } },
    },
    400: problemContent("Paramètre q absent ou hors de 2 à 100 caractères"),
  },
});

const romeRoute = createRoute({
  method: "get",
  path: "/api/v1/rome/{romeCode}",
  tags,
  summary: "Fiche métier ROME",
  request: { params: RomeCodeParamSchema },
  responses: {
    200: { description: "La fiche", content: { "application/json": { schema: RomeFicheSchema } } },
    404: problemContent("Code ROME inconnu (ROME_UNKNOWN)"),
  },
});

const communesRoute = createRoute({
  method: "get",
  path: "/api/v1/communes",
  tags,
  summary: "Recherche de communes par nom ou code postal",
  request: { query: LookupQuerySchema },
  responses: {
    200: {
      description: "Au plus 20 communes",
      content: { "application/json": { schema: z.object({ items: z.array(CommuneSchema) }) } },
    },
    400: problemContent("Paramètre q absent ou hors de 2 à 100 caractères"),
  },
});

export function referentialRoutes(useCases: UseCases) {
  return new OpenAPIHono({ defaultHook: validationHook })
    .openapi(metiersRoute, async (c) => {
      const items = await useCases.searchMetiers(c.req.valid("query"));
      return c.json({ items }, 200, STATIC_DATA_CACHE);
    })
    .openapi(romeRoute, async (c) => {
      const result = await useCases.getRomeFiche(c.req.valid("param"));
      if (!result.ok) return referentialProblem(c, result.error);
      return c.json(toFicheBody(result.value), 200, STATIC_DATA_CACHE);
    })
    .openapi(communesRoute, async (c) => {
      const items = await useCases.searchCommunes(c.req.valid("query"));
      return c.json({ items: items.map(toCommuneBody) }, 200, STATIC_DATA_CACHE);
    });
}

function toFicheBody(fiche: RomeFiche): z.infer<typeof RomeFicheSchema> {
  const { code, definition, access, ...rest } = fiche;
  return {
    ...rest,
    romeCode: code,
    definition: definition.join(" "),
    access: access.join("\n"),
    skills: [...fiche.skills],
    softSkills: [...fiche.softSkills],
    appellations: [...fiche.appellations],
  };
}

function toCommuneBody(commune: Commune): z.infer<typeof CommuneSchema> {
  const { department, ...rest } = commune;
  return { ...rest, postcodes: [...commune.postcodes], department: department.code, departmentName: department.name };
}
