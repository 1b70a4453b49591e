import { describe, expect, it } from "vitest";
import { generateOfferDescription } from "../../../src/domain/offer/description.ts";
import { editOffer, type OfferChanges } from "../../../src/domain/offer/edit.ts";
import { expireOffer } from "../../../src/domain/offer/expiry.ts";
import { closeOffer } from "../../../src/domain/offer/lifecycle.ts";
import type { Offer } from "../../../src/domain/offer/offer.ts";
import { DEFAULT_OFFER_SETTINGS } from "../../../src/domain/offer/settings.ts";
import type { RomeFiche } from "../../../src/domain/referential/rome-fiche.ts";
import type { Email } from "../../../src/domain/shared/email.ts";
import type { RomeCode } from "../../../src/domain/shared/rome-code.ts";
import { anActiveOffer, later, must, OTHER_TEST_FICHE, TEST_FICHE } from "./builders.ts";

const offer = anActiveOffer({ employerDescription: "Boutique familiale." });
const AT = later(3);
const edit = (changes: OfferChanges, fiche: RomeFiche | null = TEST_FICHE, target: Offer = offer, now = AT) =>
  editOffer(target, changes, { now, fiche, settings: DEFAULT_OFFER_SETTINGS });

describe("editOffer changes", () => {
  it("the fields given, bumps updatedAt and leaves the others as they were", () => {
    const edited = must(
      edit({ openings: 3, durationMonths: 12, diplomaLevel: null, contactEmail: "autre@example.fr" as Email }),
    );
    expect(edited).toEqual({
      ...offer,
      openings: 3,
      durationMonths: 12,
      diplomaLevel: null,
      contactEmail: "autre@example.fr",
      updatedAt: AT,
    });
  });

  it("neither the expiry nor the reminders", () => {
    const edited = must(edit({ openings: 2 }));
    expect([edited.expiresAt, edited.lifeNumber, edited.remindersSent]).toEqual([offer.expiresAt, 1, []]);
  });

  it("clears optional fields given as null", () => {
    expect(must(edit({ employerDescription: null, appellation: null }))).toMatchObject({
      employerDescription: null,
      appellation: null,
    });
  });

  it("the description the recruiter rewrites, trimmed", () => {
    expect(must(edit({ description: "  Notre texte.  " })).description).toBe("Notre texte.");
  });

  it("to another métier: the new fiche's label and description, the former appellation dropped", () => {
    const edited = must(edit({ romeCode: "D1102" as RomeCode }, OTHER_TEST_FICHE));
    expect(edited).toMatchObject({
      romeCode: "D1102",
      romeLabel: OTHER_TEST_FICHE.label,
      appellation: null,
      description: generateOfferDescription(OTHER_TEST_FICHE),
    });
  });

  it("to another métier with a rewritten description: the recruiter's text wins", () => {
    const edited = must(edit({ romeCode: "D1102" as RomeCode, description: "Texte maison." }, OTHER_TEST_FICHE));
    expect(edited.description).toBe("Texte maison.");
  });

  it("the appellation, matched loosely to the fiche's label", () => {
    expect(must(edit({ appellation: "chef patissier" })).appellation).toBe("Chef pâtissier / Cheffe pâtissière");
  });

  it("keeps a start date that passed since publication when it is sent back unchanged", () => {
    const startingToday = anActiveOffer({ startDate: "2026-03-10" });
    expect(edit({ startDate: "2026-03-10", openings: 2 }, TEST_FICHE, startingToday).ok).toBe(true);
  });
});

describe("editOffer refuses", () => {
  const filled = must(closeOffer(offer, { outcome: "filled" }, later(1), DEFAULT_OFFER_SETTINGS));
  const deleted = must(
    closeOffer(offer, { outcome: "deleted", reason: "no_longer_hiring" }, later(1), DEFAULT_OFFER_SETTINGS),
  );
  const expired = must(expireOffer(offer, offer.expiresAt));

  it.each([
    ["filled", filled],
    ["deleted", deleted],
  ] as const)("a %s offer: OFFER_CLOSED", (status, closed) => {
    expect(edit({ openings: 2 }, TEST_FICHE, closed)).toEqual({
      ok: false,
      error: { code: "OFFER_CLOSED", offerId: "offer-1", status },
    });
  });

  it("an expired offer: OFFER_EXPIRED (extend it first)", () => {
    expect(edit({ openings: 2 }, TEST_FICHE, expired, later(31))).toEqual({
      ok: false,
      error: { code: "OFFER_EXPIRED", offerId: "offer-1", expiresAt: offer.expiresAt },
    });
  });

  it("an offer past its expiry that the expiry job has not reached yet: OFFER_EXPIRED", () => {
    const result = edit({ openings: 2 }, TEST_FICHE, offer, offer.expiresAt);
    expect(result.ok ? null : result.error.code).toBe("OFFER_EXPIRED");
  });

  it.each([
    ["an unknown appellation", "ROME_UNKNOWN", { appellation: "Astronaute" }, TEST_FICHE],
    ["a ROME code without fiche", "ROME_UNKNOWN", { romeCode: "Z9999" as RomeCode }, null],
    ["no contract type", "CONTRACT_TYPE_REQUIRED", { contractTypes: [] }, TEST_FICHE],
    [
      "a repeated contract type",
      "CONTRACT_TYPE_DUPLICATE",
      { contractTypes: ["apprentissage", "apprentissage"] },
      TEST_FICHE,
    ],
    ["a malformed start date", "START_DATE_MALFORMED", { startDate: "2026-3-20" }, TEST_FICHE],
    ["a new start date in the past", "START_DATE_IN_PAST", { startDate: "2026-03-12" }, TEST_FICHE],
    ["a start date too far", "START_DATE_TOO_FAR", { startDate: "2030-01-01" }, TEST_FICHE],
    ["a duration out of range", "DURATION_OUT_OF_RANGE", { durationMonths: 48 }, TEST_FICHE],
    ["openings out of range", "OPENINGS_OUT_OF_RANGE", { openings: 0 }, TEST_FICHE],
    ["a blank description", "DESCRIPTION_REQUIRED", { description: "  " }, TEST_FICHE],
    ["a description too long", "DESCRIPTION_TOO_LONG", { description: "a".repeat(10_001) }, TEST_FICHE],
    [
      "an employer description too long",
      "EMPLOYER_DESCRIPTION_TOO_LONG",
      { employerDescription: "a".repeat(3001) },
      TEST_FICHE,
    ],
  ] as [string, string, OfferChanges, RomeFiche | null][])("%s: %s", (_, code, changes, fiche) => {
    const result = edit(changes, fiche);
    expect(result.ok ? null : result.error.code).toBe(code);
  });
});
