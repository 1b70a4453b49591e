import { createFileCompanySource } from "../adapters/company-file/company-file-source.file.ts";
import type { Db } from "../adapters/postgres/database.ts";
import {
  createPgCompanyDecisions,
  createPgContactUpdateRequests,
  createPgUnsubscriptionLinks,
} from "../adapters/postgres/hiring-company/company-requests.postgres.ts";
import {
  createPgCompanyGenerations,
  createPgHiringCompanies,
} from "../adapters/postgres/hiring-company/hiring-companies.postgres.ts";
import { uuidGenerator } from "../adapters/system/system-clock.ts";
import { webCryptoSecrets } from "../adapters/system/web-crypto-secrets.ts";
import {
  type CompanyFileSource,
  companyJobs,
  getHiringCompany,
  hiringCompanyFixtures,
  hiringCompanyUseCases,
  importCompanies,
} from "../application/hiring-company/index.ts";
import { ignoredProgress } from "../application/scheduling/index.ts";
import { hiringCompanyCatalogue } from "../http/hiring-company-errors.ts";
import { companyPageRoutes } from "../http/pages/hiring-company/company-page.tsx";
import { hiringCompanyPageRoutes } from "../http/pages/hiring-company/index.ts";
import { companyUnsubscriptionRoutes } from "../http/routes/company-unsubscriptions.routes.ts";
import { companyUpdateRequestRoutes } from "../http/routes/company-update-requests.routes.ts";
import { hiringCompanyRoutes } from "../http/routes/hiring-companies.routes.ts";
import { defineModule, type TransactionKit } from "./context-module.ts";
import { sitePages } from "./site-pages.ts";

declare module "./context-module.ts" {
  interface PublishedApis {
    /** A live algorithm company (on the primary: dereferenced is gone), for spontaneous applications. */
    hiringCompany: Readonly<{ hiringCompanyOf: ReturnType<typeof getHiringCompany> }>;
  }
  interface ServiceOverrides {
    /** Replaces the companies file (COMPANIES_FILE): scripted lines for tests. */
    companyFileSource?: CompanyFileSource;
  }
}

/**
 * Algorithm companies ("candidature spontanée", docs/PRODUCT.md §6): the monthly file import (`companies:import`,
 * COMPANIES_FILE, else the demo file), their detail, dereferencing by a link to the company's known email, contact
 * updates approved by support. Writes the search read model through the search module (`apis.search.index` for
 * the import's new generation, `within.search` in its own transactions).
 */
export const hiringCompanyModule = defineModule({
  name: "hiringCompany",
  build(kit) {
    const { referential, search } = kit.apis;
    const file = kit.config.hiringCompany.companiesFile;
    const source = kit.overrides.companyFileSource ?? createFileCompanySource(file.path);
    const unitOfWork = kit.unitOfWork(hiringCompanyRepositories);
    const importDeps = {
      source,
      generations: createPgCompanyGenerations(kit.db),
      searchIndex: search.index,
      unitOfWork,
      referential: { romes: referential.romeReferential, nafs: referential.nomenclatures },
      clock: kit.clock,
    };
    const companies = createPgHiringCompanies(kit.readDb);
    const deps = {
      unitOfWork,
      companies,
      clock: kit.clock,
      ids: uuidGenerator,
      secrets: webCryptoSecrets,
      publicUrl: kit.config.publicUrl,
    };
    return {
      useCases: hiringCompanyUseCases(deps),
      published: { hiringCompanyOf: getHiringCompany({ companies: createPgHiringCompanies(kit.db) }) },
      jobs: companyJobs({ ...importDeps, cron: kit.config.hiringCompany.importCron }),
      fixtures: hiringCompanyFixtures({ companies: createPgHiringCompanies(kit.db) }),
      // Offline only, and once: the demo file fills an empty list; a configured file waits for its schedule.
      demoData: async () => {
        if (!file.offline || kit.overrides.companyFileSource) return;
        if (!(await createPgHiringCompanies(kit.db).isEmpty())) return;
        const summary = await importCompanies(importDeps)(kit.clock.now(), ignoredProgress);
        kit.logger.info("demo hiring companies imported", { outcome: summary.outcome, kept: summary.kept });
      },
    };
  },
  routes: (useCases, http) => [
    hiringCompanyRoutes(useCases),
    companyUnsubscriptionRoutes(useCases),
    companyUpdateRequestRoutes(useCases, http.auth),
    hiringCompanyPageRoutes(useCases),
    companyPageRoutes(useCases, sitePages(http)),
  ],
  refusals: hiringCompanyCatalogue,
});

/** The hiring-company repositories bound to a transaction, with the search read model in the same one. */
function hiringCompanyRepositories(tx: Db, kit: TransactionKit) {
  return {
    hiringCompanies: createPgHiringCompanies(tx),
    companyDecisions: createPgCompanyDecisions(tx),
    unsubscriptionLinks: createPgUnsubscriptionLinks(tx),
    updateRequests: createPgContactUpdateRequests(tx),
    searchIndex: kit.within.search,
  };
}
