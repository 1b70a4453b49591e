import { createDemoPartnerOfferSource } from "../adapters/france-travail/demo-partner-offers.ts";
import { createFranceTravailPartnerOfferSource } from "../adapters/france-travail/partner-offer-source.france-travail.ts";
import { createPgPartnerOfferStore } from "../adapters/postgres/partner-offer/partner-offer-store.postgres.ts";
import {
  getPartnerOffer,
  type PartnerOfferSource,
  partnerOfferJobs,
  partnerOfferUseCases,
  syncPartnerOffers,
} from "../application/partner-offer/index.ts";
import { ignoredProgress } from "../application/scheduling/index.ts";
import type { Config } from "../config.ts";
import { partnerOfferPageRoutes } from "../http/pages/partner-offer/index.ts";
import { partnerOfferCatalogue } from "../http/partner-offer-errors.ts";
import { partnerOfferRoutes } from "../http/routes/partner-offers.routes.ts";
import { defineModule } from "./context-module.ts";
import { sitePages } from "./site-pages.ts";

declare module "./context-module.ts" {
  interface PublishedApis {
    /** An active France Travail offer (on the primary: an application checks it is still there). */
    partnerOffer: Readonly<{ partnerOfferOf: ReturnType<typeof getPartnerOffer> }>;
  }
  interface ServiceOverrides {
    /** Replaces the France Travail source (the API or the offline demo file): scripted offers for HTTP tests. */
    partnerOfferSource?: PartnerOfferSource;
  }
}

/**
 * France Travail's apprenticeship and professionalisation offers: the daily sync (`partner-offers:sync`, from the
 * API when FRANCE_TRAVAIL_CLIENT_ID/SECRET are set, else the offline demo file data/demo/partner-offers.jsonl.gz),
 * which writes each offer and its search entry in one transaction, and the offer's detail page.
 */
export const partnerOfferModule = defineModule({
  name: "partnerOffer",
  build(kit) {
    const partnerOffers = createPgPartnerOfferStore(kit.db);
    const offline = !kit.config.partnerOffer.franceTravail && !kit.overrides.partnerOfferSource;
    const sync = {
      source: kit.overrides.partnerOfferSource ?? partnerOfferSource(kit.config),
      partnerOffers,
      unitOfWork: kit.unitOfWork((tx, { within }) => ({
        partnerOffers: createPgPartnerOfferStore(tx),
        search: within.search,
      })),
    };
    return {
      useCases: partnerOfferUseCases({ partnerOffers: createPgPartnerOfferStore(kit.readDb) }),
      published: { partnerOfferOf: getPartnerOffer({ partnerOffers }) },
      jobs: partnerOfferJobs({ ...sync, cron: kit.config.partnerOffer.syncCron }),
      // Only the offline demo file seeds itself: the real API (or a test's source) is read by the daily job.
      demoData: async () => {
        if (!offline || !(await partnerOffers.isEmpty())) return;
        const summary = await syncPartnerOffers(sync)(kit.clock.now(), ignoredProgress);
        kit.logger.info("demo France Travail offers synced", { ...summary });
      },
    };
  },
  routes: (useCases, http) => [partnerOfferRoutes(useCases), partnerOfferPageRoutes(useCases, sitePages(http))],
  refusals: partnerOfferCatalogue,
});

function partnerOfferSource(config: Config): PartnerOfferSource {
  const franceTravail = config.partnerOffer.franceTravail;
  if (!franceTravail) return createDemoPartnerOfferSource();
  return createFranceTravailPartnerOfferSource(franceTravail);
}
