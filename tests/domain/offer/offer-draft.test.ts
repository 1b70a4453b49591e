import { describe, expect, it } from "vitest";
import { generateOfferDescription } from "../../../src/domain/offer/description.ts";
import { checkOfferDraft, type OfferDraft } from "../../../src/domain/offer/offer-draft.ts";
import type { CalendarDate } from "../../../src/domain/offer/paris-calendar.ts";
import { publishOffer } from "../../../src/domain/offer/publish.ts";
import { DEFAULT_OFFER_SETTINGS } from "../../../src/domain/offer/settings.ts";
import type { RomeFiche } from "../../../src/domain/referential/rome-fiche.ts";
import { aDraft, DAY_MS, must, NOW, OTHER_TEST_FICHE, TEST_FICHE } from "./builders.ts";

const TODAY = "2026-03-10" as CalendarDate;
const context = { fiche: TEST_FICHE, today: TODAY, settings: DEFAULT_OFFER_SETTINGS };
const check = (overrides: Partial<OfferDraft>, fiche: RomeFiche | null = TEST_FICHE) =>
  checkOfferDraft(aDraft(overrides), { ...context, fiche });

describe("checkOfferDraft accepts", () => {
  it("a complete draft, with the fiche's label and the generated description", () => {
    expect(must(check({}))).toMatchObject({
      romeCode: "D1104",
      romeLabel: TEST_FICHE.label,
      appellation: "Pâtissier / Pâtissière",
      startDate: "2026-09-01",
      description: generateOfferDescription(TEST_FICHE),
    });
  });

  it.each([
    ["today", { startDate: "2026-03-10" }],
    ["today + 2 years", { startDate: "2028-03-10" }],
    ["6 months", { durationMonths: 6 }],
    ["36 months", { durationMonths: 36 }],
    ["1 opening", { openings: 1 }],
    ["10 openings", { openings: 10 }],
    ["3000 characters of employer description", { employerDescription: "é".repeat(3000) }],
    ["3000 emoji (6000 UTF-16 units) of employer description", { employerDescription: "🥐".repeat(3000) }],
  ] as [string, Partial<OfferDraft>][])("the limit: %s", (_, overrides) => {
    expect(check(overrides).ok).toBe(true);
  });

  it.each([
    ["Pâtissier / Pâtissière", "Pâtissier / Pâtissière"],
    ["pâtissier / pâtissière", "Pâtissier / Pâtissière"],
    ["  PATISSIER / PATISSIERE ", "Pâtissier / Pâtissière"],
    ["patissier patissiere", "Pâtissier / Pâtissière"],
    ["chef patissier", "Chef pâtissier / Cheffe pâtissière"],
    [null, null],
    ["   ", null],
  ])("appellation %j as the fiche's label %j", (appellation, expected) => {
    expect(must(check({ appellation })).appellation).toBe(expected);
  });

  it("contract types once each, in canonical order", () => {
    const checked = must(check({ contractTypes: ["professionnalisation", "apprentissage"] }));
    expect(checked.contractTypes).toEqual(["apprentissage", "professionnalisation"]);
  });

  it("a trimmed employer description, a blank one as null", () => {
    expect(must(check({ employerDescription: "  Petite équipe.  " })).employerDescription).toBe("Petite équipe.");
    expect(must(check({ employerDescription: " \n " })).employerDescription).toBeNull();
  });

  it("limits from the settings rather than fixed numbers", () => {
    const settings = { ...DEFAULT_OFFER_SETTINGS, openings: { min: 1, max: 20 } };
    expect(checkOfferDraft(aDraft({ openings: 15 }), { ...context, settings }).ok).toBe(true);
  });
});

describe("checkOfferDraft refuses", () => {
  const unknown = (path: string, appellation: string | null) => ({
    code: "ROME_UNKNOWN",
    path,
    romeCode: "D1104",
    appellation,
  });

  it.each([
    ["no fiche for the ROME code", {}, null, unknown("romeCode", "Pâtissier / Pâtissière")],
    ["a fiche of another code", {}, OTHER_TEST_FICHE, unknown("romeCode", "Pâtissier / Pâtissière")],
    ["an appellation of no fiche", { appellation: "Astronaute" }, TEST_FICHE, unknown("appellation", "Astronaute")],
    [
      "an appellation of another fiche",
      { appellation: "Boulanger / Boulangère" },
      TEST_FICHE,
      unknown("appellation", "Boulanger / Boulangère"),
    ],
  ] as const)("%s: ROME_UNKNOWN", (_, overrides, fiche, error) => {
    expect(check(overrides, fiche)).toEqual({ ok: false, error });
  });

  it.each([
    ["no contract type", { contractTypes: [] }, { code: "CONTRACT_TYPE_REQUIRED", path: "contractTypes" }],
    [
      "a contract type twice",
      { contractTypes: ["apprentissage", "apprentissage"] },
      { code: "CONTRACT_TYPE_DUPLICATE", path: "contractTypes.1", contractType: "apprentissage" },
    ],
    [
      "a date that does not exist",
      { startDate: "2026-02-30" },
      { code: "START_DATE_MALFORMED", path: "startDate", value: "2026-02-30" },
    ],
    [
      "a start yesterday",
      { startDate: "2026-03-09" },
      { code: "START_DATE_IN_PAST", path: "startDate", startDate: "2026-03-09", earliest: "2026-03-10" },
    ],
    [
      "a start after today + 2 years",
      { startDate: "2028-03-11" },
      { code: "START_DATE_TOO_FAR", path: "startDate", startDate: "2028-03-11", latest: "2028-03-10" },
    ],
    ...[5, 37, 12.5].map((value) => [
      `a duration of ${value} months`,
      { durationMonths: value },
      { code: "DURATION_OUT_OF_RANGE", path: "durationMonths", value, min: 6, max: 36 },
    ]),
    ...[0, 11].map((value) => [
      `${value} openings`,
      { openings: value },
      { code: "OPENINGS_OUT_OF_RANGE", path: "openings", value, min: 1, max: 10 },
    ]),
    [
      "an employer description over 3000 characters",
      { employerDescription: "a".repeat(3001) },
      { code: "EMPLOYER_DESCRIPTION_TOO_LONG", path: "employerDescription", length: 3001, max: 3000 },
    ],
  ] as [string, Partial<OfferDraft>, object][])("%s", (_, overrides, error) => {
    expect(check(overrides)).toEqual({ ok: false, error });
  });

  it("with the first refusal in the form's order", () => {
    const result = check({ contractTypes: [], openings: 99 });
    expect(result.ok ? null : result.error.code).toBe("CONTRACT_TYPE_REQUIRED");
  });
});

describe("publishOffer", () => {
  const publish = (draft: OfferDraft, now = NOW) =>
    publishOffer(draft, { id: "offer-9", now, fiche: TEST_FICHE, settings: DEFAULT_OFFER_SETTINGS });

  it("publishes at once: active, valid 30 days, first life, no reminder sent", () => {
    expect(must(publish(aDraft()))).toMatchObject({
      id: "offer-9",
      status: "active",
      createdAt: NOW,
      updatedAt: NOW,
      expiresAt: new Date(NOW.getTime() + 30 * DAY_MS),
      lifeNumber: 1,
      remindersSent: [],
      organisationId: "o1",
      createdBy: "u1",
    });
  });

  it("takes the lifetime from the settings", () => {
    const settings = { ...DEFAULT_OFFER_SETTINGS, lifetimeDays: 45 };
    const offer = must(publishOffer(aDraft(), { id: "offer-9", now: NOW, fiche: TEST_FICHE, settings }));
    expect(offer.expiresAt).toEqual(new Date(NOW.getTime() + 45 * DAY_MS));
  });

  it("reads today in Paris: at 00:30 on 10 March in Paris (23:30 UTC on the 9th), the 9th is past", () => {
    const justAfterParisMidnight = new Date("2026-03-09T23:30:00Z");
    expect(publish(aDraft({ startDate: "2026-03-10" }), justAfterParisMidnight).ok).toBe(true);
    expect(publish(aDraft({ startDate: "2026-03-09" }), justAfterParisMidnight)).toMatchObject({
      ok: false,
      error: { code: "START_DATE_IN_PAST", earliest: "2026-03-10" },
    });
  });

  it("refuses a draft checkOfferDraft refuses", () => {
    expect(publish(aDraft({ openings: 0 }))).toMatchObject({ ok: false, error: { code: "OPENINGS_OUT_OF_RANGE" } });
  });
});
