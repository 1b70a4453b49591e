/** The offer context's public face: the HTTP layer, the composition root and other contexts import only this. */
export type { OfferActionLink, OfferActionPurpose } from "../../domain/offer/action-link.ts";
export { CLOSE_OUTCOMES, CLOSE_REASONS, type CloseReason } from "../../domain/offer/close-reason.ts";
export { CONTRACT_TYPES, type ContractType } from "../../domain/offer/contract-type.ts";
export type * from "../../domain/offer/errors.ts";
export type { ActiveOffer, ClosedOffer, Offer, OfferStatus, Workplace } from "../../domain/offer/offer.ts";
export { DEFAULT_OFFER_SETTINGS, type OfferSettings } from "../../domain/offer/settings.ts";
export { TARGET_DIPLOMA_LEVELS, type TargetDiplomaLevel } from "../../domain/offer/target-diploma-level.ts";
export { CONSOLE_TABS, type ConsoleTab } from "../../domain/offer/visibility.ts";
export { closeOffersOfOrganisation } from "./close-offers-of-organisation.ts";
export {
  type AddressNotFound,
  type CreateOfferRefusal,
  createOffer,
  type NewOfferInput,
  type PartnerInvalid,
  type PublishedOffer,
} from "./create-offer.ts";
export { closeOffer, editOffer, extendOffer, type OfferEditInput } from "./manage-offer.ts";
export {
  actOnOfferAction,
  type OfferActionOutcome,
  type OfferActionPreview,
  previewOfferAction,
  type RecruiterContact,
} from "./offer-actions.ts";
export { mayManage, type OfferCompany, type OfferNotFound, type OfferPosters } from "./offer-context.ts";
export { expireOffers, remindOffers } from "./offer-jobs.ts";
export { OFFER_PAGE_PATHS, offerViewUrl } from "./offer-links.ts";
export { offerPostersFrom, type PosterSources } from "./offer-posters.ts";
export { type FeedOffer, type FeedPage, type FeedRequest, readPartnerFeed } from "./partner-feed.ts";
export type {
  ApplicationCounter,
  FeedPosition,
  OfferActionLinkRepository,
  OfferRepository,
  OfferShareRepository,
} from "./ports.ts";
export {
  type ConsoleOffer,
  getManagedOffer,
  getPublicOffer,
  listConsoleOffers,
  type ManagedOffer,
  type PublicEmployer,
  type PublicOffer,
} from "./read-offers.ts";
export type { OfferRefusal } from "./refusals.ts";
export type { OfferAppSettings, OfferRepos, OfferWriteDeps } from "./settings.ts";
export {
  type CfaNotNearby,
  listNearbyCfas,
  type NearbyCfa,
  type OfferNotActive,
  type SharesDone,
  shareOfferWithCfas,
} from "./share-with-cfas.ts";
export { type OfferDeps, type OfferUseCases, offerJobs, offerUseCases } from "./use-cases.ts";
