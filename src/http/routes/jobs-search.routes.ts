import { createRoute, OpenAPIHono, type z } from "@hono/zod-openapi";
import type { JobSearchHit, SearchUseCases } from "../../application/search/index.ts";
import { type JobSearchItemSchema, JobSearchPageSchema, JobSearchQuerySchema } from "../schemas/jobs-search.schema.ts";
import { placeQueryOf } from "../schemas/place.schema.ts";
import { problemContent } from "../schemas/problem.schema.ts";
import { searchProblem } from "../search-errors.ts";
import { validationHook } from "../validation.ts";

const searchRoute = createRoute({
  method: "get",
  path: "/api/v1/jobs/search",
  tags: ["Offres et entreprises"],
  summary: "Offres, offres France Travail et entreprises qui recrutent pour des métiers ROME, autour d'un lieu",
  description:
    "Les offres déposées sur notre service, puis les offres France Travail, puis les entreprises de l'algorithme " +
    "(candidature spontanée), chacune des trois par distance ; les pages suivent cet ordre unique.",
  request: { query: JobSearchQuerySchema },
  responses: {
    200: {
      description: "Une page, dans l'ordre de la FAQ, et le nombre de résultats de chaque sorte",
      content: { "application/json": { schema: JobSearchPageSchema } },
    },
    400: problemContent("Paramètre invalide ou lieu absent (VALIDATION_FAILED), ROME_UNKNOWN, PLACE_UNKNOWN"),
  },
});

/** The public jobs search (docs/API.md "Search"). */
export function jobsSearchRoutes(useCases: Pick<SearchUseCases, "searchJobs">) {
  return new OpenAPIHono({ defaultHook: validationHook }).openapi(searchRoute, async (c) => {
    const { romes, radius, diplomaLevel, contractType, page, pageSize, ...place } = c.req.valid("query");
    const result = await useCases.searchJobs({
      romes,
      place: placeQueryOf(place),
      radiusKm: radius,
      diplomaLevel: diplomaLevel ?? null,
      contractType: contractType ?? null,
      page,
      pageSize,
    });
    if (!result.ok) return searchProblem(c, result.error, 400);
    return c.json({ ...result.value, items: result.value.items.map(toJobSearchItemBody) }, 200);
  });
}

/** Optional fields are omitted when unknown (docs/API.md `applyUrl?`, `createdAt?`); phone and website: companies. */
function toJobSearchItemBody({ entry, distanceKm }: JobSearchHit): z.infer<typeof JobSearchItemSchema> {
  const company = entry.kind === "company";
  return {
    kind: entry.kind,
    id: entry.id,
    title: entry.title,
    romeCodes: [...entry.romeCodes],
    companyName: entry.companyName,
    place: { ...entry.place },
    distanceKm,
    canApply: entry.canApply,
    ...(entry.applyUrl !== null && { applyUrl: entry.applyUrl }),
    ...(entry.createdAt !== null && { createdAt: entry.createdAt.toISOString() }),
    ...(company && entry.phone !== null && { phone: entry.phone }),
    ...(company && entry.website !== null && { website: entry.website }),
  };
}
