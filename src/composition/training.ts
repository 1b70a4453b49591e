import { createCarifOrefCatalogueSource } from "../adapters/carif-oref/catalogue-source.carif-oref.ts";
import { createDemoCatalogueSource, DEMO_CATALOGUE_FIXTURES } from "../adapters/carif-oref/demo-catalogue.ts";
import { createPgCatalogueImports } from "../adapters/postgres/training/catalogue-imports.postgres.ts";
import { createPgTrainingProviderRegistry } from "../adapters/postgres/training/training-providers.postgres.ts";
import { createPgTrainingReports } from "../adapters/postgres/training/training-reports.postgres.ts";
import { createPgTrainingStore } from "../adapters/postgres/training/training-store.postgres.ts";
import { uuidGenerator } from "../adapters/system/system-clock.ts";
import { ignoredProgress } from "../application/scheduling/index.ts";
import type { Clock } from "../application/shared/ports.ts";
import {
  catalogueJobs,
  importCatalogue,
  type TrainingCatalogueSource,
  type TrainingPublishedApi,
  trainingPublishedApi,
  trainingUseCases,
} from "../application/training/index.ts";
import { trainingReportUseCases } from "../application/training/training-reports.ts";
import type { Config } from "../config.ts";
import type { Email } from "../domain/shared/email.ts";
import { trainingSearchPageRoutes } from "../http/pages/training/search-pages.tsx";
import { trainingPageRoutes } from "../http/pages/training/training-page.tsx";
import { trainingFeedRoutes } from "../http/routes/training-feed.routes.ts";
import { trainingReportRoutes } from "../http/routes/training-reports.routes.ts";
import { trainingRoutes } from "../http/routes/trainings.routes.ts";
import { trainingCatalogue } from "../http/training-errors.ts";
import { trainingReportCatalogue } from "../http/training-report-errors.ts";
import { defineModule } from "./context-module.ts";
import { sitePages } from "./site-pages.ts";

declare module "./context-module.ts" {
  interface PublishedApis {
    training: TrainingPublishedApi;
  }
  interface ServiceOverrides {
    /** Replaces the catalogue source (Carif-Oref or the offline demo): scripted trainings for HTTP tests. */
    trainingCatalogueSource?: TrainingCatalogueSource;
  }
}

/**
 * The apprenticeship training catalogue: the nightly import (`catalogue:import`, from the Réseau des Carif-Oref
 * when CATALOGUE_API_URL is set, else the offline 2020 demo catalogue), training search and detail, "find my
 * establishment", the partner feed, and the training establishments registry CFA sign-up and offer shares read.
 * The appointment module (listed after this one) is read at request time only.
 */
export const trainingModule = defineModule({
  name: "training",
  build(kit) {
    const { referential } = kit.apis;
    const trainings = createPgTrainingStore(kit.db);
    const imports = createPgCatalogueImports(kit.db);
    const offline = !kit.config.training.catalogue.apiUrl && !kit.overrides.trainingCatalogueSource;
    const source = kit.overrides.trainingCatalogueSource ?? catalogueSource(kit.config, kit.clock);
    // The public reads (search, detail, the feeds) go to the read replica when there is one (README).
    const useCases = trainingUseCases({
      trainings: createPgTrainingStore(kit.readDb),
      resolvePlace: referential.resolvePlace,
      romeCodesWithSubFiches: referential.romeCodesWithSubFiches,
      appointments: () => ("appointment" in kit.apis ? kit.apis.appointment : null),
    });
    // "My training is missing": reports stored, sent to support (ADMIN_EMAILS) and acknowledged, in one transaction.
    const reports = trainingReportUseCases({
      unitOfWork: kit.unitOfWork((tx) => ({ trainingReports: createPgTrainingReports(tx) })),
      communes: referential.communeReferential,
      supportEmails: kit.config.identity.adminEmails as readonly Email[],
      clock: kit.clock,
      ids: uuidGenerator,
    });
    return {
      useCases: { ...useCases, ...reports },
      published: trainingPublishedApi({ trainings, providers: createPgTrainingProviderRegistry(kit.db) }),
      jobs: catalogueJobs({ source, imports, cron: kit.config.training.catalogue.importCron }),
      fixtures: async () => ({
        cfaWithoutQualiopiInCatalogue: offline ? DEMO_CATALOGUE_FIXTURES.cfaWithoutQualiopiInCatalogue : null,
      }),
      // Only the offline demo catalogue seeds itself: the real one (or a test's) is filled by the job.
      demoData: async () => {
        if (!offline || !(await trainings.isEmpty())) return;
        const summary = await importCatalogue({ source, imports })(kit.clock.now(), ignoredProgress);
        kit.logger.info("demo training catalogue imported", { ...summary });
      },
    };
  },
  routes: (useCases, http) => [
    trainingRoutes(useCases),
    trainingReportRoutes(useCases, http.auth),
    trainingFeedRoutes({ ...useCases, authenticatePartner: http.apis.partnerAccess.authenticatePartner }),
    trainingSearchPageRoutes(useCases, sitePages(http), {
      searchMetiers: (input) => http.apis.referential.searchMetiers(input),
      searchCommunes: (input) => http.apis.referential.searchCommunes(input),
    }),
    trainingPageRoutes(useCases, sitePages(http)),
  ],
  // PLACE_UNKNOWN is in both: each route answers with its own wording; the search's is listed here.
  refusals: { ...trainingReportCatalogue, ...trainingCatalogue },
});

function catalogueSource(config: Config, clock: Clock): TrainingCatalogueSource {
  const { apiUrl, pageSize, timeoutMs } = config.training.catalogue;
  if (!apiUrl) return createDemoCatalogueSource({ pageSize, clock });
  return createCarifOrefCatalogueSource({ baseUrl: apiUrl, pageSize, timeoutMs });
}
