import { createPgSearchIndex } from "../adapters/postgres/search/search-index.postgres.ts";
import { createPgSearchReader } from "../adapters/postgres/search/search-reader.postgres.ts";
import { type SearchIndex, type SearchPublishedApi, searchUseCases } from "../application/search/index.ts";
import { searchPageRoutes } from "../http/pages/search/index.ts";
import { jobsSearchRoutes } from "../http/routes/jobs-search.routes.ts";
import { searchCatalogue } from "../http/search-errors.ts";
import { defineModule } from "./context-module.ts";
import { sitePages } from "./site-pages.ts";

declare module "./context-module.ts" {
  interface PublishedApis {
    /** The read model's writes on `kit.db`, for jobs that open their own transactions (the company import). */
    search: SearchPublishedApi;
  }
  interface TransactionalApis {
    /** The read model's writes in the caller's transaction: a closed offer leaves search when it commits. */
    search: SearchIndex;
  }
}

/**
 * The jobs search read model (docs/ARCHITECTURE.md "Search read model"): the owning contexts (offers, France
 * Travail offers, algorithm companies) write it through `within.search` or `apis.search.index`; the search reads
 * it on `kit.readDb` (the replica when DATABASE_READ_URL is set).
 */
export const searchModule = defineModule({
  name: "search",
  build(kit) {
    const { referential } = kit.apis;
    const published: SearchPublishedApi = { index: createPgSearchIndex(kit.db) };
    return {
      useCases: searchUseCases({
        searchReader: createPgSearchReader(kit.readDb),
        resolvePlace: referential.resolvePlace,
        romeCodesWithSubFiches: referential.romeCodesWithSubFiches,
        clock: kit.clock,
      }),
      published,
      transactional: (tx) => createPgSearchIndex(tx),
    };
  },
  routes: (useCases, http) => [
    jobsSearchRoutes(useCases),
    searchPageRoutes(useCases, sitePages(http), {
      searchMetiers: (input) => http.apis.referential.searchMetiers(input),
      searchCommunes: (input) => http.apis.referential.searchCommunes(input),
    }),
  ],
  refusals: searchCatalogue,
});
