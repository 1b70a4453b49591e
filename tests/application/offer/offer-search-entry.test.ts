import { describe, expect, it } from "vitest";
import { searchEntryOf } from "../../../src/application/offer/index.ts";
import { later, NOW, TEST_FICHE } from "../../domain/offer/builders.ts";
import { aDeletedOffer, aFilledOffer, anExpiredOffer, anOffer } from "../../support/offer-builders.ts";

const PLACED = { street: "1 rue de l'Exemple", postcode: "75001", city: "Paris", insee: "75101" };

describe("searchEntryOf (an offer in the jobs search read model)", () => {
  it("gives an active, placed offer its entry: appellation, ROME code, public employer, place, filters, dates", () => {
    const offer = anOffer("offer-1", {
      employerName: "CFA de test",
      diplomaLevel: "4",
      contractTypes: ["apprentissage", "professionnalisation"],
      workplace: { ...PLACED, latitude: 48.86, longitude: 2.34 },
    });
    expect(searchEntryOf(offer)).toEqual({
      kind: "offer",
      id: "offer-1",
      title: "Pâtissier / Pâtissière",
      romeCodes: ["D1104"],
      companyName: "CFA de test",
      place: { city: "Paris", postcode: "75001", latitude: 48.86, longitude: 2.34 },
      diplomaLevel: "4",
      contractTypes: ["apprentissage", "professionnalisation"],
      createdAt: NOW,
      importRank: null,
      expiresAt: later(30),
      canApply: true,
      applyUrl: null,
      phone: null,
      website: null,
    });
  });

  it("titles an offer without appellation by its fiche, and keeps 'any level' as null", () => {
    const entry = searchEntryOf(anOffer("offer-2", { appellation: null, diplomaLevel: null }));
    expect(entry).toMatchObject({ title: TEST_FICHE.label, diplomaLevel: null });
  });

  it.each([
    ["expired", anExpiredOffer("offer-3")],
    ["filled", aFilledOffer("offer-4")],
    ["deleted", aDeletedOffer("offer-5")],
    ["active but not placed", anOffer("offer-6", { workplace: { ...PLACED, latitude: null, longitude: null } })],
  ])("has no entry when %s", (_, offer) => {
    expect(searchEntryOf(offer)).toBeNull();
  });
});
