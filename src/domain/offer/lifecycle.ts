import { err, ok, type Result } from "../shared/result.ts";
import type { CloseOutcome, CloseReason } from "./close-reason.ts";
import { type OfferClosed, type OfferCloseRefusal, offerClosed } from "./errors.ts";
import { expiryFrom } from "./expiry.ts";
import { characterCount } from "./field-rules.ts";
import { type ActiveOffer, type ClosedOffer, isClosed, type Offer } from "./offer.ts";
import type { OfferSettings } from "./settings.ts";

/**
 * Extending (from a reminder email or the console) makes the offer valid `lifetimeDays` from now, even when it
 * had expired (docs/API.md: it becomes active again). It starts a new life: the J-7 and J-1 reminders are re-armed.
 */
export function extendOffer(offer: Offer, now: Date, lifetimeDays: number): Result<ActiveOffer, OfferClosed> {
  if (isClosed(offer)) return err(offerClosed(offer));
  return ok({
    ...offer,
    status: "active",
    expiresAt: expiryFrom(now, lifetimeDays),
    lifeNumber: offer.lifeNumber + 1,
    remindersSent: [],
    updatedAt: now,
  });
}

/** docs/API.md `POST /offers/{id}/close` body. `reason` and `reasonDetail` only matter for a deletion. */
export type CloseRequest = Readonly<{
  outcome: CloseOutcome;
  reason?: CloseReason | null;
  reasonDetail?: string | null;
}>;

/**
 * Filled → the console's "filled" tab; deleted, with a mandatory reason (and a few words when it is "other") →
 * the "expired" tab. An expired offer may be closed too (the recruiter may have hired meanwhile). A filled offer
 * keeps no reason: one sent along is ignored.
 */
export function closeOffer(
  offer: Offer,
  request: CloseRequest,
  now: Date,
  settings: Pick<OfferSettings, "closeReasonDetailMaxLength">,
): Result<ClosedOffer, OfferCloseRefusal> {
  if (isClosed(offer)) return err(offerClosed(offer));
  if (request.outcome === "filled") return ok({ ...offer, status: "filled", closedAt: now, updatedAt: now });
  const reason = request.reason ?? null;
  if (reason === null) return err({ code: "CLOSE_REASON_REQUIRED", path: "reason" });
  const detail = request.reasonDetail?.trim() || null;
  if (reason === "other" && detail === null) return err({ code: "CLOSE_REASON_DETAIL_REQUIRED", path: "reasonDetail" });
  const length = detail === null ? 0 : characterCount(detail);
  const max = settings.closeReasonDetailMaxLength;
  if (length > max) return err({ code: "CLOSE_REASON_DETAIL_TOO_LONG", path: "reasonDetail", length, max });
  return ok({
    ...offer,
    status: "deleted",
    closedAt: now,
    closeReason: reason,
    closeReasonDetail: detail,
    updatedAt: now,
  });
}
