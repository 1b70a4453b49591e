import { err, ok, type Result } from "../shared/result.ts";
import { type OfferClosed, type OfferExpired, type OfferNotDue, offerClosed } from "./errors.ts";
import { type ExpiredOffer, hasReachedExpiry, isClosed, type Offer } from "./offer.ts";
import { MS_PER_DAY } from "./paris-calendar.ts";

/**
 * The expiry of an offer published or extended at `now`: exactly `lifetimeDays` × 24 hours later, an instant
 * (across a DST change its Paris wall-clock hour moves by one; reminders count Paris days, so they do not care).
 */
export function expiryFrom(now: Date, lifetimeDays: number): Date {
  return new Date(now.getTime() + lifetimeDays * MS_PER_DAY);
}

/**
 * The expiry job's transition: an active offer whose expiry is reached becomes expired. It bumps `updatedAt`, so
 * partners reading offers in update order withdraw it.
 */
export function expireOffer(offer: Offer, now: Date): Result<ExpiredOffer, OfferClosed | OfferExpired | OfferNotDue> {
  if (isClosed(offer)) return err(offerClosed(offer));
  if (offer.status === "expired") return err({ code: "OFFER_EXPIRED", offerId: offer.id, expiresAt: offer.expiresAt });
  if (!hasReachedExpiry(offer, now))
    return err({ code: "OFFER_NOT_DUE", offerId: offer.id, expiresAt: offer.expiresAt });
  return ok({ ...offer, status: "expired", updatedAt: now });
}
