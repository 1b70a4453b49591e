import { createBanGeocoder } from "../adapters/ban/geocoder.ban.ts";
import { createCommuneCentroidGeocoder } from "../adapters/memory/geocoder.communes.ts";
import type { Db } from "../adapters/postgres/database.ts";
import {
  createPgOfferActionLinkRepository,
  createPgOfferShareRepository,
} from "../adapters/postgres/offer/offer-action-links.postgres.ts";
import { createPgOfferRepository } from "../adapters/postgres/offer/offers.postgres.ts";
import { uuidGenerator } from "../adapters/system/system-clock.ts";
import { webCryptoSecrets } from "../adapters/system/web-crypto-secrets.ts";
import type { Geocoder } from "../application/geocoding/index.ts";
import {
  type ApplicationCounter,
  closeOffersOfOrganisation,
  DEFAULT_OFFER_SETTINGS,
  nameOffersEmployers,
  type OfferAppSettings,
  type OfferFilled,
  type OfferPublishedApi,
  type OfferSearchIndex,
  offerJobs,
  offerPostersFrom,
  offerPublishedApi,
  offerUseCases,
  withSearchEntries,
} from "../application/offer/index.ts";
import type { CommuneReferential } from "../application/referential/index.ts";
import type { Config } from "../config.ts";
import { offerCatalogue } from "../http/offer-errors.ts";
import { offerConsolePageRoutes } from "../http/pages/offer/console/index.ts";
import { offerPublishPageRoutes } from "../http/pages/offer/console/publish-routes.tsx";
import { offerPageRoutes } from "../http/pages/offer/index.ts";
import { offerActionRoutes } from "../http/routes/offer-actions.routes.ts";
import { offerRoutes } from "../http/routes/offers.routes.ts";
import { partnerFeedRoutes } from "../http/routes/partner-feed.routes.ts";
import { defineModule, type PublishedApis, type TransactionKit } from "./context-module.ts";
import { sitePages } from "./site-pages.ts";

declare module "./context-module.ts" {
  interface PublishedApis {
    offer: OfferPublishedApi;
  }
  interface ServiceOverrides {
    geocoder?: Geocoder;
  }
  interface ContextEvents {
    /** A recruiter marked an offer filled (the applications context tells the candidates still waiting). */
    offerFilled: OfferFilled;
  }
}

/**
 * The applications each offer received, counted by the applications context: it is built after this module, so
 * its published API is read at request time; without it (a service built without that module), none.
 */
function applicationCounter(apis: PublishedApis): ApplicationCounter {
  return {
    countByOffer: (offerIds) =>
      "jobApplication" in apis ? apis.jobApplication.countByOffer(offerIds) : Promise.resolve(new Map()),
  };
}

/**
 * Offers posted here: lifecycle, console, public view, email links, shares with nearby CFAs, the partner feed,
 * the jobs `offers:remind` and `offers:expire`. The workplace is placed by the national address API in production,
 * at the commune's centroid offline.
 */
export const offerModule = defineModule({
  name: "offer",
  build(kit) {
    const { identity, recruiter, cfaMandate, referential, training } = kit.apis;
    const write = {
      unitOfWork: kit.unitOfWork(offerRepositories),
      clock: kit.clock,
      ids: uuidGenerator,
      secrets: webCryptoSecrets,
      settings: offerSettings(kit.config),
    };
    const posters = offerPostersFrom({
      establishmentOf: recruiter.establishmentProfileOf,
      partnerOf: cfaMandate.partnerOf,
      organisationOf: identity.organisationOf,
      contactOf: identity.contactOf,
      communeOf: referential.communeOf,
    });
    const offers = createPgOfferRepository(kit.db);
    const deps = {
      ...write,
      offers,
      publicOffers: createPgOfferRepository(kit.readDb),
      applications: applicationCounter(kit.apis),
      posters,
      geocoder: kit.overrides.geocoder ?? geocoder(kit.config, referential.communeReferential),
      romeReferential: referential.romeReferential,
      trainingProviders: training.providers,
    };
    const nameEmployers = nameOffersEmployers({ offers, posters, unitOfWork: write.unitOfWork });
    const useCases = offerUseCases(deps);
    return {
      useCases,
      published: offerPublishedApi(useCases, deps),
      jobs: offerJobs(write),
      startUp: async () => {
        const { named } = await nameEmployers();
        if (named > 0) kit.logger.info("offers named after their employer and put in search", { named });
      },
    };
  },
  routes: (useCases, http) => [
    offerRoutes(useCases, http.auth),
    offerActionRoutes(useCases),
    partnerFeedRoutes({ ...useCases, authenticatePartner: http.apis.partnerAccess.authenticatePartner }),
    offerPageRoutes(useCases),
    offerConsolePageRoutes(useCases, sitePages(http)),
    offerPublishPageRoutes(useCases, sitePages(http), (input) => http.apis.referential.searchMetiers(input)),
  ],
  refusals: offerCatalogue,
  reactions: { organisationClosed: (tx, txKit) => offersCloseWithTheirOrganisation(tx, txKit.within.search) },
});

/** An organisation that stops closes its open offers, and takes them out of search, in the transaction that stops it. */
export function offersCloseWithTheirOrganisation(tx: Db, search: OfferSearchIndex) {
  return closeOffersOfOrganisation(withSearchEntries(createPgOfferRepository(tx), search)).organisationClosed;
}

/** The offer repositories bound to a transaction. */
function offerRepositories(tx: Db, txKit: TransactionKit) {
  return {
    // Each stored change rewrites the offer's search entry in the same transaction.
    offers: withSearchEntries(createPgOfferRepository(tx), txKit.within.search),
    offerActionLinks: createPgOfferActionLinkRepository(tx),
    offerShares: createPgOfferShareRepository(tx),
    offerLifecycle: { offerFilled: txKit.events.offerFilled },
  };
}

function offerSettings(config: Config): OfferAppSettings {
  return {
    rules: { ...DEFAULT_OFFER_SETTINGS, lifetimeDays: config.offer.lifetimeDays },
    publicUrl: config.publicUrl,
    extendLinkDays: config.offer.extendLinkDays,
    cfaContactLinkDays: config.offer.cfaContactLinkDays,
    nearbyCfaRadiusKm: config.offer.nearbyCfaRadiusKm,
    nearbyCfaLimit: 20,
  };
}

function geocoder(config: Config, communes: CommuneReferential): Geocoder {
  const { driver, baseUrl, timeoutMs, minScore } = config.geocoder;
  if (driver === "communes") return createCommuneCentroidGeocoder(communes);
  return createBanGeocoder({ baseUrl, timeoutMs, minScore });
}
