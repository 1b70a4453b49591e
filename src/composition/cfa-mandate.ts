import { createPgPartnerCompanyRepository } from "../adapters/postgres/cfa-mandate/partner-companies.postgres.ts";
import { uuidGenerator } from "../adapters/system/system-clock.ts";
import {
  type CfaMandatePublishedApi,
  cfaMandatePublishedApi,
  cfaMandateUseCases,
} from "../application/cfa-mandate/index.ts";
import { cfaMandateCatalogue } from "../http/cfa-mandate-errors.ts";
import { cfaPartnerPageRoutes } from "../http/pages/cfa-mandate/index.ts";
import { cfaPartnerRoutes } from "../http/routes/cfa-partners.routes.ts";
import { defineModule } from "./context-module.ts";
import { sitePages } from "./site-pages.ts";

declare module "./context-module.ts" {
  interface PublishedApis {
    cfaMandate: CfaMandatePublishedApi;
  }
}

/**
 * A CFA's partner companies ("mandats"): stored in Postgres, checked with the recruiter context's INSEE directory
 * and OPCO resolver (same cache), the acting member's contact read from identity.
 */
export const cfaMandateModule = defineModule({
  name: "cfaMandate",
  build(kit) {
    const { recruiter, identity } = kit.apis;
    const deps = {
      partnerCompanies: createPgPartnerCompanyRepository(kit.db),
      establishments: recruiter.establishments,
      opcoResolver: recruiter.opcoResolver,
      findUser: identity.contactOf,
      clock: kit.clock,
      ids: uuidGenerator,
    };
    return { useCases: cfaMandateUseCases(deps), published: cfaMandatePublishedApi(deps) };
  },
  routes: (useCases, http) => [cfaPartnerRoutes(useCases, http.auth), cfaPartnerPageRoutes(useCases, sitePages(http))],
  refusals: cfaMandateCatalogue,
});
