import { describe, expect, it } from "vitest";
import { expireOffer } from "../../../src/domain/offer/expiry.ts";
import { closeOffer, extendOffer } from "../../../src/domain/offer/lifecycle.ts";
import type { ActiveOffer, Offer } from "../../../src/domain/offer/offer.ts";
import { daysLeft, dueReminder, markReminderSent } from "../../../src/domain/offer/reminders.ts";
import { DEFAULT_OFFER_SETTINGS } from "../../../src/domain/offer/settings.ts";
import { anActiveOffer, later, must } from "./builders.ts";

/** Published 2026-03-10 at 11:00 Paris time: expires 2026-04-09 at 12:00 Paris time (CEST since 29 March). */
const offer = anActiveOffer();
const due = (target: Offer, now: Date) => dueReminder(target, now, DEFAULT_OFFER_SETTINGS);
const paris = (iso: string) => new Date(iso);
const expiringAt = (iso: string): ActiveOffer => ({ ...offer, expiresAt: new Date(iso) });

describe("dueReminder", () => {
  it.each([
    ["2026-04-01T21:59:00Z", 8, null, "8 days left (1 April, 23:59 in Paris)"],
    ["2026-04-01T22:00:00Z", 7, "J-7", "7 days left from 2 April, 00:00 in Paris"],
    ["2026-04-07T12:00:00Z", 2, "J-7", "2 days left"],
    ["2026-04-08T00:00:00Z", 1, "J-1", "1 day left"],
    ["2026-04-09T09:00:00Z", 0, "J-1", "expiring later today"],
  ] as const)("at %s (%i days): %s — %s", (now, days, expected, _) => {
    expect(daysLeft(offer, paris(now))).toBe(days);
    expect(due(offer, paris(now))).toBe(expected);
  });

  it("sends each reminder once: J-7, then nothing until J-1, then nothing", () => {
    const afterJ7 = must(markReminderSent(offer, "J-7", paris("2026-04-02T08:00:00Z")));
    expect(due(afterJ7, paris("2026-04-05T08:00:00Z"))).toBeNull();
    expect(due(afterJ7, paris("2026-04-08T08:00:00Z"))).toBe("J-1");
    const afterJ1 = must(markReminderSent(afterJ7, "J-1", paris("2026-04-08T08:00:00Z")));
    expect(due(afterJ1, paris("2026-04-09T08:00:00Z"))).toBeNull();
  });

  it("after a late run, only the most urgent is sent and J-7 never follows", () => {
    const late = paris("2026-04-08T08:00:00Z");
    expect(due(offer, late)).toBe("J-1");
    const afterJ1 = must(markReminderSent(offer, "J-1", late));
    expect(due(afterJ1, paris("2026-04-08T20:00:00Z"))).toBeNull();
    expect(markReminderSent(afterJ1, "J-7", late)).toMatchObject({
      ok: false,
      error: { code: "REMINDER_ALREADY_SENT" },
    });
  });

  it("re-arms both reminders when the offer is extended (a new life)", () => {
    const afterJ7 = must(markReminderSent(offer, "J-7", paris("2026-04-02T08:00:00Z")));
    const afterJ1 = must(markReminderSent(afterJ7, "J-1", paris("2026-04-08T08:00:00Z")));
    const extended = must(extendOffer(afterJ1, paris("2026-04-08T09:00:00Z"), 30));
    expect(due(extended, paris("2026-04-08T10:00:00Z"))).toBeNull();
    expect(due(extended, paris("2026-05-01T10:00:00Z"))).toBe("J-7");
    expect(due(extended, paris("2026-05-07T10:00:00Z"))).toBe("J-1");
  });

  it("counts Paris days across the autumn DST change (expiry 25 October 2026, 02:30 CET)", () => {
    const autumn = expiringAt("2026-10-25T01:30:00Z");
    expect(due(autumn, paris("2026-10-23T21:59:00Z"))).toBe("J-7"); // 23 October, 23:59 CEST: 2 days
    expect(due(autumn, paris("2026-10-23T22:00:00Z"))).toBe("J-1"); // 24 October, 00:00 CEST: 1 day
  });

  it("counts Paris days across the spring DST change (expiry 5 April 2026, 00:30 CEST)", () => {
    const spring = expiringAt("2026-04-04T22:30:00Z");
    expect(daysLeft(spring, paris("2026-03-28T22:59:00Z"))).toBe(8); // 28 March, 23:59 CET
    expect(due(spring, paris("2026-03-28T22:59:00Z"))).toBeNull();
    expect(due(spring, paris("2026-03-28T23:00:00Z"))).toBe("J-7"); // 29 March, 00:00 CET
  });

  it("takes the thresholds from the settings", () => {
    const settings = { reminderDaysBefore: { "J-7": 10, "J-1": 2 } };
    expect(dueReminder(offer, paris("2026-03-30T08:00:00Z"), settings)).toBe("J-7");
  });

  it.each([
    ["expired", () => must(expireOffer(offer, offer.expiresAt))],
    ["filled", () => must(closeOffer(offer, { outcome: "filled" }, later(25), DEFAULT_OFFER_SETTINGS))],
  ] as const)("is null for a %s offer", (_, build) => {
    expect(due(build(), paris("2026-04-08T08:00:00Z"))).toBeNull();
  });

  it("is null for an active offer past its expiry", () => {
    expect(due(offer, offer.expiresAt)).toBeNull();
  });
});

describe("markReminderSent", () => {
  const at = paris("2026-04-02T08:00:00Z");

  it("records the reminder and when, without touching updatedAt", () => {
    const marked = must(markReminderSent(offer, "J-7", at));
    expect(marked.remindersSent).toEqual([{ kind: "J-7", sentAt: at }]);
    expect(marked.updatedAt).toEqual(offer.updatedAt);
  });

  it("refuses the same reminder twice in a life: REMINDER_ALREADY_SENT", () => {
    const marked = must(markReminderSent(offer, "J-7", at));
    expect(markReminderSent(marked, "J-7", at)).toEqual({
      ok: false,
      error: { code: "REMINDER_ALREADY_SENT", offerId: "offer-1", kind: "J-7", lifeNumber: 1 },
    });
  });

  it("refuses a closed offer (OFFER_CLOSED) and an expired one (OFFER_EXPIRED)", () => {
    const filled = must(closeOffer(offer, { outcome: "filled" }, later(1), DEFAULT_OFFER_SETTINGS));
    const expired = must(expireOffer(offer, offer.expiresAt));
    const codes = [markReminderSent(filled, "J-7", at), markReminderSent(expired, "J-1", at)].map((r) =>
      r.ok ? null : r.error.code,
    );
    expect(codes).toEqual(["OFFER_CLOSED", "OFFER_EXPIRED"]);
  });
});
