import { expireOffer } from "../../domain/offer/expiry.ts";
import { type ActiveOffer, REMINDER_KINDS, type ReminderKind } from "../../domain/offer/offer.ts";
import { dueReminder, markReminderSent } from "../../domain/offer/reminders.ts";
import type { Email } from "../../domain/shared/email.ts";
import { offerExpiredEmail, offerReminderEmail } from "../messaging/index.ts";
import { prepareOfferLink } from "./offer-links.ts";
import type { OfferRepos, OfferWriteDeps } from "./settings.ts";

/** One run handles at most this many offers; the next run (or period) continues. */
const BATCH = 500;

/**
 * `offers:expire`: active offers past their expiry become expired (console "expired" tab), each in its own
 * transaction with the email that offers to put it back online.
 */
export function expireOffers(deps: OfferWriteDeps) {
  return async (now: Date) => {
    const due = await deps.unitOfWork.run((repos) => repos.offers.listActiveExpiringBefore(now, BATCH));
    let expired = 0;
    for (const candidate of due) {
      const done = await deps.unitOfWork.run(async (repos) => {
        const offer = await repos.offers.findById(candidate.id);
        if (!offer) return false;
        const result = expireOffer(offer, now);
        if (!result.ok) return false;
        // First write of the unit: an extension stored since the read wins, and this run leaves the offer alone
        // (it is no longer due when the next run reads it), issue 9 §4.
        if ((await repos.offers.update(result.value)) === "conflict") return false;
        const { link, url } = await prepareOfferLink(deps, {
          purpose: "extend",
          offerId: offer.id,
          lifeNumber: result.value.lifeNumber,
        });
        await repos.offerActionLinks.save(link);
        const email = offerExpiredEmail({
          offerTitle: offer.appellation ?? offer.romeLabel,
          extendUrl: url,
          lifetimeDays: deps.settings.rules.lifetimeDays,
        });
        const key = `offer-expired/${offer.id}/${offer.lifeNumber}`;
        await repos.outbox.enqueue({ to: offer.contactEmail, ...email }, { idempotencyKey: key, now });
        return true;
      });
      if (done) expired++;
    }
    return { expired };
  };
}

/**
 * `offers:remind`: J-7 and J-1 reminders (docs/PRODUCT.md §2), counted in Paris calendar days. Each recipient gets ONE
 * email per kind listing its offers, each with its own extend link; every reminder is recorded on its offer in
 * the same transaction as the email, so a second run sends nothing again.
 */
export function remindOffers(deps: OfferWriteDeps) {
  return async (now: Date) => {
    const longest = Math.max(...REMINDER_KINDS.map((kind) => deps.settings.rules.reminderDaysBefore[kind]));
    const horizon = new Date(now.getTime() + (longest + 2) * 86_400_000);
    const candidates = await deps.unitOfWork.run((repos) => repos.offers.listActiveExpiringBefore(horizon, BATCH));
    const groups = new Map<string, { kind: ReminderKind; to: Email; offerIds: string[] }>();
    for (const offer of candidates) {
      const kind = dueReminder(offer, now, deps.settings.rules);
      if (!kind) continue;
      const key = `${kind} ${offer.contactEmail}`;
      const group = groups.get(key) ?? { kind, to: offer.contactEmail, offerIds: [] };
      group.offerIds.push(offer.id);
      groups.set(key, group);
    }
    let sent = 0;
    for (const group of groups.values()) {
      sent += await deps.unitOfWork.run((repos) => sendReminder(deps, repos, group, now));
    }
    return { reminders: sent };
  };
}

async function sendReminder(
  deps: OfferWriteDeps,
  repos: OfferRepos,
  group: { kind: ReminderKind; to: Email; offerIds: string[] },
  now: Date,
): Promise<number> {
  const items: { offer: ActiveOffer; url: string }[] = [];
  for (const id of group.offerIds) {
    const current = await repos.offers.findById(id);
    if (!current || dueReminder(current, now, deps.settings.rules) !== group.kind) continue;
    const marked = markReminderSent(current, group.kind, now);
    if (!marked.ok) continue;
    // Changed meanwhile (extended, closed): no reminder for it this time; the next run decides again.
    if ((await repos.offers.update(marked.value)) === "conflict") continue;
    const purpose = "extend" as const;
    const { link, url } = await prepareOfferLink(deps, { purpose, offerId: id, lifeNumber: current.lifeNumber });
    await repos.offerActionLinks.save(link);
    items.push({ offer: marked.value, url });
  }
  if (items.length === 0) return 0;
  const email = offerReminderEmail({
    kind: group.kind,
    lifetimeDays: deps.settings.rules.lifetimeDays,
    offers: items.map(({ offer, url }) => ({
      title: offer.appellation ?? offer.romeLabel,
      expiresAt: offer.expiresAt,
      extendUrl: url,
    })),
  });
  // An offer gets each reminder once per life, so its first offer names this email for good.
  const first = items[0]?.offer;
  const key = `offer-reminder/${group.kind}/${first?.id}.${first?.lifeNumber}`;
  await repos.outbox.enqueue({ to: group.to, ...email }, { idempotencyKey: key, now });
  return 1;
}
