import type { OfferCloseRefusal, OfferEditRefusal } from "../../domain/offer/errors.ts";
import type { AddressNotFound, PartnerInvalid } from "./create-offer.ts";
import type { OfferNotFound } from "./offer-context.ts";
import type { CfaNotNearby, OfferNotActive } from "./share-with-cfas.ts";

/** Every refusal of the offer context that reaches the JSON API. */
export type OfferRefusal =
  | OfferEditRefusal
  | OfferCloseRefusal
  | OfferNotFound
  | PartnerInvalid
  | AddressNotFound
  | CfaNotNearby
  | OfferNotActive;
