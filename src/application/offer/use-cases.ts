import type { Geocoder } from "../geocoding/index.ts";
import type { RomeReferential } from "../referential/index.ts";
import type { TrainingProviderRegistry } from "../training/index.ts";
import { offerApplicationFacts, offerManagedBy } from "./application-facts.ts";
import { createOffer } from "./create-offer.ts";
import { closeOffer, editOffer, extendOffer } from "./manage-offer.ts";
import { actOnOfferAction, previewOfferAction } from "./offer-actions.ts";
import type { OfferPosters } from "./offer-context.ts";
import { expireOffers, remindOffers } from "./offer-jobs.ts";
import { readPartnerFeed } from "./partner-feed.ts";
import type { ApplicationCounter, OfferRepository } from "./ports.ts";
import { getManagedOffer, getPublicOffer, listConsoleOffers } from "./read-offers.ts";
import type { OfferWriteDeps } from "./settings.ts";
import { listNearbyCfas, shareOfferWithCfas } from "./share-with-cfas.ts";
import { listSitemapOffers } from "./sitemap.ts";

/** Every port the offer use cases need: the production adapters or the in-memory fakes, same wiring. */
export type OfferDeps = OfferWriteDeps &
  Readonly<{
    /** Reads outside a transaction. */
    offers: OfferRepository;
    /** The candidates' read of an offer: on the read replica when there is one (it may lag a little). */
    publicOffers: OfferRepository;
    applications: ApplicationCounter;
    posters: OfferPosters;
    geocoder: Geocoder;
    romeReferential: RomeReferential;
    trainingProviders: TrainingProviderRegistry;
  }>;

/** The offer use cases bound to their ports: what the HTTP layer calls. */
export function offerUseCases(deps: OfferDeps) {
  const { offers, publicOffers, applications, posters, geocoder, romeReferential, trainingProviders, ...write } = deps;
  const { clock } = write;
  const { publicUrl } = write.settings;
  const reads = { offers, applications, posters, clock, publicUrl };
  return {
    createOffer: createOffer({ ...write, posters, romeReferential, geocoder }),
    editOffer: editOffer({ ...write, romeReferential, geocoder }),
    extendOffer: extendOffer(write),
    closeOffer: closeOffer(write),
    listConsoleOffers: listConsoleOffers(reads),
    getManagedOffer: getManagedOffer(reads),
    getPublicOffer: getPublicOffer({ ...reads, offers: publicOffers }),
    previewOfferAction: previewOfferAction(write),
    actOnOfferAction: actOnOfferAction({ ...write, posters }),
    readPartnerFeed: readPartnerFeed({ offers, posters, publicUrl, clock }),
    listSitemapOffers: listSitemapOffers({ offers: publicOffers, clock, publicUrl }),
    listNearbyCfas: listNearbyCfas({ ...write, posters, trainingProviders }),
    shareOfferWithCfas: shareOfferWithCfas({ ...write, posters, trainingProviders }),
  };
}

export type OfferUseCases = ReturnType<typeof offerUseCases>;

/** What the offer context offers the others: publishing as a member does (the demo offers posted at start-up). */
export function offerPublishedApi(useCases: OfferUseCases, deps: Pick<OfferDeps, "offers" | "clock">) {
  return {
    createOffer: useCases.createOffer,
    applicationFactsOf: offerApplicationFacts(deps),
    isManagedBy: offerManagedBy(deps),
  };
}

export type OfferPublishedApi = ReturnType<typeof offerPublishedApi>;

/** The offer jobs: expiry every 15 minutes, the J-7/J-1 reminders every hour. */
export function offerJobs(deps: OfferWriteDeps) {
  return [
    { name: "offers:expire", everyMs: 15 * 60_000, leaseMs: 10 * 60_000, run: expireOffers(deps) },
    { name: "offers:remind", everyMs: 60 * 60_000, leaseMs: 10 * 60_000, run: remindOffers(deps) },
  ] as const;
}
