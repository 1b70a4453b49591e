import { describe, expect, it } from "vitest";
import { expireOffer } from "../../../src/domain/offer/expiry.ts";
import { type CloseRequest, closeOffer, extendOffer } from "../../../src/domain/offer/lifecycle.ts";
import type { Offer } from "../../../src/domain/offer/offer.ts";
import { markReminderSent } from "../../../src/domain/offer/reminders.ts";
import { DEFAULT_OFFER_SETTINGS } from "../../../src/domain/offer/settings.ts";
import { anActiveOffer, DAY_MS, later, must } from "./builders.ts";

const active = anActiveOffer();
const expired = must(expireOffer(active, active.expiresAt));
const close = (request: CloseRequest, offer: Offer = active, now = later(2)) =>
  closeOffer(offer, request, now, DEFAULT_OFFER_SETTINGS);
const filled = must(close({ outcome: "filled" }));
const deleted = must(close({ outcome: "deleted", reason: "no_longer_hiring" }));

describe("extendOffer", () => {
  const reminded = must(markReminderSent(active, "J-7", later(23)));

  it("sets the expiry to now + the lifetime and starts a new life without reminders", () => {
    const at = later(24);
    expect(must(extendOffer(reminded, at, 30))).toEqual({
      ...reminded,
      expiresAt: new Date(at.getTime() + 30 * DAY_MS),
      lifeNumber: 2,
      remindersSent: [],
      updatedAt: at,
    });
  });

  it("makes an expired offer active again", () => {
    const at = later(40);
    expect(must(extendOffer(expired, at, 30))).toMatchObject({
      status: "active",
      expiresAt: new Date(at.getTime() + 30 * DAY_MS),
      lifeNumber: 2,
    });
  });

  it.each([
    ["filled", filled],
    ["deleted", deleted],
  ] as const)("refuses a %s offer: OFFER_CLOSED", (status, offer) => {
    expect(extendOffer(offer, later(5), 30)).toEqual({
      ok: false,
      error: { code: "OFFER_CLOSED", offerId: "offer-1", status },
    });
  });
});

describe("closeOffer", () => {
  it("filled: the filled state, closed now; a reason sent along is not kept", () => {
    const closed = must(close({ outcome: "filled", reason: "other", reasonDetail: "x" }));
    expect(closed).toEqual({ ...active, status: "filled", closedAt: later(2), updatedAt: later(2) });
  });

  it("deleted: keeps the reason and the trimmed detail", () => {
    const closed = must(close({ outcome: "deleted", reason: "other", reasonDetail: "  Poste supprimé.  " }));
    expect(closed).toMatchObject({
      status: "deleted",
      closedAt: later(2),
      closeReason: "other",
      closeReasonDetail: "Poste supprimé.",
    });
  });

  it("deleted with a reason other than 'other' needs no detail; a blank one is null", () => {
    expect(must(close({ outcome: "deleted", reason: "no_applications", reasonDetail: " " }))).toMatchObject({
      closeReason: "no_applications",
      closeReasonDetail: null,
    });
  });

  it("closes an expired offer too", () => {
    expect(must(close({ outcome: "filled" }, expired, later(40))).status).toBe("filled");
  });

  it.each([
    ["no reason", { outcome: "deleted" }, { code: "CLOSE_REASON_REQUIRED", path: "reason" }],
    ["a null reason", { outcome: "deleted", reason: null }, { code: "CLOSE_REASON_REQUIRED", path: "reason" }],
    [
      "'other' without detail",
      { outcome: "deleted", reason: "other", reasonDetail: "   " },
      { code: "CLOSE_REASON_DETAIL_REQUIRED", path: "reasonDetail" },
    ],
    [
      "a detail over 1000 characters",
      { outcome: "deleted", reason: "other", reasonDetail: "a".repeat(1001) },
      { code: "CLOSE_REASON_DETAIL_TOO_LONG", path: "reasonDetail", length: 1001, max: 1000 },
    ],
  ] as [string, CloseRequest, object][])("refuses a deletion with %s", (_, request, error) => {
    expect(close(request)).toEqual({ ok: false, error });
  });

  it.each([
    ["filled", filled],
    ["deleted", deleted],
  ] as const)("refuses to close a %s offer again: OFFER_CLOSED", (status, offer) => {
    expect(close({ outcome: "filled" }, offer)).toEqual({
      ok: false,
      error: { code: "OFFER_CLOSED", offerId: "offer-1", status },
    });
  });
});

describe("expireOffer", () => {
  it("expires an active offer at its expiry instant and bumps updatedAt for partners", () => {
    expect(expired).toEqual({ ...active, status: "expired", updatedAt: active.expiresAt });
  });

  it("refuses an offer whose expiry has not come: OFFER_NOT_DUE", () => {
    expect(expireOffer(active, new Date(active.expiresAt.getTime() - 1))).toEqual({
      ok: false,
      error: { code: "OFFER_NOT_DUE", offerId: "offer-1", expiresAt: active.expiresAt },
    });
  });

  it("refuses an offer already expired: OFFER_EXPIRED", () => {
    const result = expireOffer(expired, later(40));
    expect(result.ok ? null : result.error.code).toBe("OFFER_EXPIRED");
  });

  it.each([filled, deleted])("refuses a $status offer: OFFER_CLOSED", (offer) => {
    const result = expireOffer(offer, later(40));
    expect(result.ok ? null : result.error.code).toBe("OFFER_CLOSED");
  });
});
