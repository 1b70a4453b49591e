import { OpenAPIHono, z } from "@hono/zod-openapi";
import type { SearchUseCases } from "../../../application/search/index.ts";
import { errorsAsPages } from "../html-errors.ts";
import { PAGE_SIZE } from "../site/pagination.tsx";
import { SEARCH_PATHS } from "../site/search-form.tsx";
import { placeQueryOf, type ReferentialLookups, readSearchForm, resolveSearch } from "../site/search-query.ts";
import type { SitePageKit } from "../site/site-kit.ts";
import { SITE_PATHS } from "../site/site-paths.ts";
import { sitePageResponse } from "../site/site-response.ts";
import { HomePage } from "./home-page.tsx";
import { RankingPage } from "./ranking-page.tsx";
import { ResultsPage } from "./results-page.tsx";

const html = { "text/html": { schema: z.string() } };

/** The candidate's first pages: the home page and its search form, the job results, how results are ranked. */
export function searchPageRoutes(
  useCases: Pick<SearchUseCases, "searchJobs">,
  kit: SitePageKit,
  lookups: ReferentialLookups,
) {
  const app = new OpenAPIHono();
  app.use(SITE_PATHS.home, errorsAsPages);
  app.use(`${SEARCH_PATHS.jobs}`, errorsAsPages);
  app.use(SITE_PATHS.ranking, errorsAsPages);
  app.get(SITE_PATHS.home, (c) => sitePageResponse(c, 200, HomePage({ devMode: kit.devMode }), "public"));
  app.get(SITE_PATHS.ranking, (c) => sitePageResponse(c, 200, RankingPage(), "public"));
  app.get(SEARCH_PATHS.jobs, async (c) => {
    const query = new URL(c.req.url).searchParams;
    const form = readSearchForm(query);
    const resolved = await resolveSearch(form, lookups);
    if (!resolved.ok) return sitePageResponse(c, 422, ResultsPage({ form, errors: resolved.errors }));
    const search = resolved.value;
    const page = Math.min(Math.max(Number.parseInt(query.get("page") ?? "1", 10) || 1, 1), 500);
    const result = await useCases.searchJobs({
      romes: search.romes,
      place: placeQueryOf(search),
      radiusKm: search.radiusKm,
      diplomaLevel: search.diplomaLevel,
      contractType: search.contractType,
      page,
      pageSize: PAGE_SIZE,
    });
    if (!result.ok) {
      const errors: Record<string, string> =
        result.error.code === "PLACE_UNKNOWN"
          ? { lieu: "Nous ne trouvons pas ce lieu : indiquez une ville ou un code postal." }
          : { metier: "Ce métier n’existe pas dans le répertoire ROME : choisissez-en un dans la liste." };
      return sitePageResponse(c, 422, ResultsPage({ form, errors }));
    }
    const { items, totals } = result.value;
    return sitePageResponse(c, 200, ResultsPage({ form, search, hits: items, totals, page }), "public");
  });
  for (const [path, summary] of [
    [SITE_PATHS.home, "Accueil : la recherche d’offres et de formations en alternance"],
    [SEARCH_PATHS.jobs, "Résultats d’une recherche d’emploi en alternance (métier, lieu, rayon, filtres, page)"],
    [SITE_PATHS.ranking, "Comment sont classés les résultats ; ce qu’est une candidature spontanée"],
  ] as const) {
    app.openAPIRegistry.registerPath({
      method: "get",
      path,
      tags: ["Pages (HTML)"],
      summary,
      responses: {
        200: { description: "La page", content: html },
        ...(path === SEARCH_PATHS.jobs
          ? { 422: { description: "Métier ou lieu manquant ou inconnu", content: html } }
          : {}),
      },
    });
  }
  return app;
}
