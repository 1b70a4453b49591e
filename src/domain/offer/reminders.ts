import { err, ok, type Result } from "../shared/result.ts";
import type { OfferClosed, OfferExpired, ReminderAlreadySent } from "./errors.ts";
import { type ActiveOffer, hasReachedExpiry, type Offer, REMINDER_KINDS, type ReminderKind } from "./offer.ts";
import { parisDaysBetween } from "./paris-calendar.ts";
import type { OfferSettings } from "./settings.ts";
import { requireLive } from "./status-guards.ts";

/** Paris calendar days from today to the expiry date: 1 when it expires tomorrow, 0 when it expires today. */
export function daysLeft(offer: Offer, now: Date): number {
  return parisDaysBetween(now, offer.expiresAt);
}

/**
 * The reminder to send now, if any (docs/PRODUCT.md §2: J-7 and J-1, each with a link to extend). A reminder is due
 * from the day its threshold is reached, counted in Paris calendar days, and only once per life. When a late
 * run finds several due, only the most urgent is sent: J-7 is never sent after J-1.
 */
export function dueReminder(
  offer: Offer,
  now: Date,
  settings: Pick<OfferSettings, "reminderDaysBefore">,
): ReminderKind | null {
  if (offer.status !== "active" || hasReachedExpiry(offer, now)) return null;
  const left = daysLeft(offer, now);
  const mostUrgentFirst = [...REMINDER_KINDS].reverse();
  const reached = mostUrgentFirst.find((kind) => left <= settings.reminderDaysBefore[kind]);
  if (reached === undefined || isCovered(offer, reached)) return null;
  return reached;
}

/**
 * Records that `kind` was sent. Refused when it, or a more urgent one, was already sent in this life, so a
 * second run cannot send it twice. Reminders change nothing public, so `updatedAt` stays.
 */
export function markReminderSent(
  offer: Offer,
  kind: ReminderKind,
  now: Date,
): Result<ActiveOffer, OfferClosed | OfferExpired | ReminderAlreadySent> {
  const live = requireLive(offer, now);
  if (!live.ok) return live;
  if (isCovered(live.value, kind)) {
    return err({ code: "REMINDER_ALREADY_SENT", offerId: offer.id, kind, lifeNumber: offer.lifeNumber });
  }
  return ok({ ...live.value, remindersSent: [...live.value.remindersSent, { kind, sentAt: now }] });
}

/** Sent in this life, itself or a later (more urgent) one. */
function isCovered(offer: Offer, kind: ReminderKind): boolean {
  const rank = REMINDER_KINDS.indexOf(kind);
  return offer.remindersSent.some((sent) => REMINDER_KINDS.indexOf(sent.kind) >= rank);
}
