import { createBanGeocoder } from "../adapters/ban/geocoder.ban.ts";
import { createCommuneCentroidGeocoder } from "../adapters/memory/geocoder.communes.ts";
import { createPgCommuneReferential } from "../adapters/postgres/commune-referential.postgres.ts";
import type { Db } from "../adapters/postgres/database.ts";
import {
  createPgOfferActionLinkRepository,
  createPgOfferShareRepository,
} from "../adapters/postgres/offer-action-links.postgres.ts";
import { createPgOfferRepository } from "../adapters/postgres/offers.postgres.ts";
import { createPgRomeReferential } from "../adapters/postgres/rome-referential.postgres.ts";
import { uuidGenerator } from "../adapters/system/system-clock.ts";
import { webCryptoSecrets } from "../adapters/system/web-crypto-secrets.ts";
import type { Geocoder } from "../application/geocoding/index.ts";
import type { ApplicationCounter, OfferAppSettings, OfferRepos } from "../application/offer/index.ts";
import * as offer from "../application/offer/index.ts";
import type { Job } from "../application/scheduling/index.ts";
import type { Clock, UnitOfWork } from "../application/shared/ports.ts";
import type { TrainingProviderRegistry } from "../application/training-catalogue/index.ts";
import type { Config } from "../config.ts";
import { buildOfferPosters, type CompanyAddress } from "./offer-posters.ts";

/**
 * The offer part of the composition root (same role, same rights): repositories, the geocoder (the national
 * address API in production, commune centroids offline), what offers read of the other contexts, the use cases
 * and the jobs `offers:remind` and `offers:expire`.
 */
export type OfferOverrides = Readonly<{ geocoder?: Geocoder }>;

/** The offer repositories bound to a transaction, for createUnitOfWork. */
export function offerRepositories(tx: Db): Omit<OfferRepos, "outbox"> {
  return {
    offers: createPgOfferRepository(tx),
    offerActionLinks: createPgOfferActionLinkRepository(tx),
    offerShares: createPgOfferShareRepository(tx),
  };
}

/** Applications do not exist yet: every offer has received none. */
const noApplications: ApplicationCounter = { countByOffer: async () => new Map() };

export function buildOffer(
  db: Db,
  unitOfWork: UnitOfWork<OfferRepos>,
  config: Config,
  clock: Clock,
  partners: (cfaOrganisationId: string, siret: string) => Promise<CompanyAddress | null>,
  trainingProviders: TrainingProviderRegistry,
  overrides: OfferOverrides = {},
) {
  const settings: OfferAppSettings = {
    rules: { ...offer.DEFAULT_OFFER_SETTINGS, lifetimeDays: config.offer.lifetimeDays },
    publicUrl: config.publicUrl,
    extendLinkDays: config.offer.extendLinkDays,
    cfaContactLinkDays: config.offer.cfaContactLinkDays,
    nearbyCfaRadiusKm: config.offer.nearbyCfaRadiusKm,
    nearbyCfaLimit: 20,
  };
  const write = { unitOfWork, clock, ids: uuidGenerator, secrets: webCryptoSecrets, settings };
  const posters = buildOfferPosters(db, partners);
  const geocoder = overrides.geocoder ?? buildGeocoder(config, db);
  const romeReferential = createPgRomeReferential(db);
  const reads = {
    offers: createPgOfferRepository(db),
    applications: noApplications,
    posters,
    clock,
    publicUrl: config.publicUrl,
  };
  const jobs: Job[] = [
    { name: "offers:expire", everyMs: 15 * 60_000, leaseMs: 10 * 60_000, run: offer.expireOffers(write) },
    { name: "offers:remind", everyMs: 60 * 60_000, leaseMs: 10 * 60_000, run: offer.remindOffers(write) },
  ];
  return {
    useCases: {
      createOffer: offer.createOffer({ ...write, posters, romeReferential, geocoder }),
      editOffer: offer.editOffer({ ...write, romeReferential, geocoder }),
      extendOffer: offer.extendOffer(write),
      closeOffer: offer.closeOffer(write),
      listConsoleOffers: offer.listConsoleOffers(reads),
      getManagedOffer: offer.getManagedOffer(reads),
      getPublicOffer: offer.getPublicOffer(reads),
      previewOfferAction: offer.previewOfferAction(write),
      actOnOfferAction: offer.actOnOfferAction({ ...write, posters }),
      readPartnerFeed: offer.readPartnerFeed({ offers: reads.offers, posters, publicUrl: config.publicUrl, clock }),
      listNearbyCfas: offer.listNearbyCfas({ ...write, posters, trainingProviders }),
      shareOfferWithCfas: offer.shareOfferWithCfas({ ...write, posters, trainingProviders }),
    },
    jobs,
  };
}

function buildGeocoder(config: Config, db: Db): Geocoder {
  const { driver, baseUrl, timeoutMs, minScore } = config.geocoder;
  if (driver === "communes") return createCommuneCentroidGeocoder(createPgCommuneReferential(db));
  return createBanGeocoder({ baseUrl, timeoutMs, minScore });
}
