import { createPgCommuneReferential } from "../adapters/postgres/referential/commune-referential.postgres.ts";
import { createPgNomenclatureReferential } from "../adapters/postgres/referential/nomenclature-referential.postgres.ts";
import { createPgRomeReferential } from "../adapters/postgres/referential/rome-referential.postgres.ts";
import {
  type ReferentialPublishedApi,
  referentialPublishedApi,
  referentialUseCases,
} from "../application/referential/index.ts";
import { referentialCatalogue } from "../http/referential-errors.ts";
import { referentialRoutes } from "../http/routes/referential.routes.ts";
import { defineModule } from "./context-module.ts";

declare module "./context-module.ts" {
  interface PublishedApis {
    referential: ReferentialPublishedApi;
  }
}

/** ROME v4.60, communes, NAF, OPCO and diploma levels, loaded from the shipped files at start-up. */
export const referentialModule = defineModule({
  name: "referential",
  build(kit) {
    const deps = {
      romeReferential: createPgRomeReferential(kit.db),
      communeReferential: createPgCommuneReferential(kit.db),
      nomenclatures: createPgNomenclatureReferential(kit.db),
    };
    const useCases = referentialUseCases(deps);
    // The métier autocomplete's in-memory index, built before the first request rather than by it.
    return {
      useCases,
      published: referentialPublishedApi(deps, useCases),
      startUp: () => useCases.searchMetiers.warmUp(),
    };
  },
  routes: (useCases) => [referentialRoutes(useCases)],
  refusals: referentialCatalogue,
});
