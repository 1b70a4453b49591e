/** The offer context's public face: the HTTP layer, the composition root and other contexts import only this. */

export { CLOSE_OUTCOMES, CLOSE_REASONS } from "../../domain/offer/close-reason.ts";
export type * from "../../domain/offer/errors.ts";
export type { Offer } from "../../domain/offer/offer.ts";
export { DEFAULT_OFFER_SETTINGS } from "../../domain/offer/settings.ts";
export { TARGET_DIPLOMA_LEVELS } from "../../domain/offer/target-diploma-level.ts";
export { CONSOLE_TABS } from "../../domain/offer/visibility.ts";
export { CONTRACT_TYPES } from "../../domain/shared/contract-type.ts";
export { closeOffersOfOrganisation } from "./close-offers-of-organisation.ts";
export type { NewOfferInput } from "./create-offer.ts";
export type { OfferEditInput } from "./manage-offer.ts";
export { nameOffersEmployers } from "./name-offers-employers.ts";

export type { OfferCompany, OfferPosters } from "./offer-context.ts";

export { OFFER_PAGE_PATHS } from "./offer-links.ts";
export { offerPostersFrom } from "./offer-posters.ts";
export { searchEntryOf } from "./offer-search-entry.ts";
export { type OfferSearchIndex, withSearchEntries } from "./offers-in-search.ts";
export type { FeedOffer } from "./partner-feed.ts";
export type { ApplicationCounter, OfferFilled } from "./ports.ts";
export type {
  ConsoleOffer,
  ManagedOffer,
  PublicOffer,
  PublishedOffer,
} from "./read-offers.ts";
export type { OfferRefusal } from "./refusals.ts";
export type { OfferAppSettings, OfferRepos } from "./settings.ts";
export type { NearbyCfa } from "./share-with-cfas.ts";

export {
  type OfferPublishedApi,
  type OfferUseCases,
  offerJobs,
  offerPublishedApi,
  offerUseCases,
} from "./use-cases.ts";
