import { err, ok, type Result } from "../shared/result.ts";
import { type OfferClosed, type OfferExpired, offerClosed } from "./errors.ts";
import { type ActiveOffer, hasReachedExpiry, isClosed, type Offer } from "./offer.ts";

/**
 * The offer as it stands at `now`: active and before its expiry. An active offer whose expiry passed but that the
 * expiry job has not reached yet is treated as expired: it is already out of search.
 */
export function requireLive(offer: Offer, now: Date): Result<ActiveOffer, OfferClosed | OfferExpired> {
  if (isClosed(offer)) return err(offerClosed(offer));
  if (offer.status === "expired" || hasReachedExpiry(offer, now)) {
    return err({ code: "OFFER_EXPIRED", offerId: offer.id, expiresAt: offer.expiresAt });
  }
  return ok(offer);
}
