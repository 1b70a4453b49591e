import { describe, expect, it } from "vitest";
import { expireOffer } from "../../../src/domain/offer/expiry.ts";
import { closeOffer } from "../../../src/domain/offer/lifecycle.ts";
import type { Offer } from "../../../src/domain/offer/offer.ts";
import { DEFAULT_OFFER_SETTINGS } from "../../../src/domain/offer/settings.ts";
import { consoleTab, isPubliclyVisible, statusesOfTab } from "../../../src/domain/offer/visibility.ts";
import { anActiveOffer, later, must } from "./builders.ts";

const active = anActiveOffer();
const expired = must(expireOffer(active, active.expiresAt));
const filled = must(closeOffer(active, { outcome: "filled" }, later(1), DEFAULT_OFFER_SETTINGS));
const deleted = must(
  closeOffer(active, { outcome: "deleted", reason: "no_applications" }, later(1), DEFAULT_OFFER_SETTINGS),
);

describe("consoleTab", () => {
  it.each([
    ["active", "active", active],
    ["filled", "filled", filled],
    ["expired", "expired", expired],
    ["deleted", "expired", deleted],
  ] as [string, string, Offer][])("a %s offer goes to the %s tab", (_, tab, offer) => {
    expect(consoleTab(offer)).toBe(tab);
  });
});

describe("isPubliclyVisible", () => {
  it("shows an active offer until just before its expiry", () => {
    expect(isPubliclyVisible(active, new Date(active.expiresAt.getTime() - 1))).toBe(true);
  });

  it("hides an active offer from its expiry instant, before the expiry job runs", () => {
    expect(isPubliclyVisible(active, active.expiresAt)).toBe(false);
  });

  it.each([expired, filled, deleted])("hides a $status offer", (offer) => {
    expect(isPubliclyVisible(offer, later(1))).toBe(false);
  });
});

describe("statusesOfTab", () => {
  it("lists, for each tab, exactly the statuses consoleTab puts in it", () => {
    expect(statusesOfTab("active")).toEqual(["active"]);
    expect(statusesOfTab("filled")).toEqual(["filled"]);
    expect(statusesOfTab("expired").sort()).toEqual(["deleted", "expired"]);
  });
});
