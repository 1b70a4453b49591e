import type { OfferSettings } from "../../domain/offer/settings.ts";
import type { SecretGenerator } from "../shared/link-tokens.ts";
import type { Clock, IdGenerator, UnitOfWork } from "../shared/ports.ts";
import type { OfferRepos } from "./ports.ts";

/** The offer context's configuration (README "Configuration"). */
export type OfferAppSettings = Readonly<{
  rules: OfferSettings;
  /** Base of the links in emails and of each offer's "view online" page. */
  publicUrl: string;
  /** How long an extend link of a reminder stays usable (it also dies with the offer's life). */
  extendLinkDays: number;
  /** How long a training centre's link to a shared offer's contact stays usable. */
  cfaContactLinkDays: number;
  /** docs/PRODUCT.md §2: training centres within 100 km. */
  nearbyCfaRadiusKm: number;
  nearbyCfaLimit: number;
}>;

export type OfferWriteDeps = Readonly<{
  unitOfWork: UnitOfWork<OfferRepos>;
  clock: Clock;
  ids: IdGenerator;
  secrets: SecretGenerator;
  settings: OfferAppSettings;
}>;

export type { OfferRepos } from "./ports.ts";
