import { describe, expect, it } from "vitest";
import { compareRankedLabels, normaliseSearchText, textMatchRank } from "../../src/domain/shared/search-text.ts";

describe("normaliseSearchText", () => {
  it.each([
    ["Électricien / Électricienne", "electricien electricienne"],
    ["BOULANGER", "boulanger"],
    ["Chef(fe) de rang", "chef fe de rang"],
    ["Cœur de métier", "coeur de metier"],
    ["  l'Haÿ-les-Roses ", "l hay les roses"],
    ["Saint-Étienne", "saint etienne"],
  ])("%s → %s", (input, expected) => {
    expect(normaliseSearchText(input)).toBe(expected);
  });
});

describe("textMatchRank", () => {
  it.each([
    ["boulanger boulangere", "boulan", 0],
    ["aide boulanger", "boulan", 1],
    ["chef boulanger", "oulan", 2],
    ["patissier", "boulan", null],
    ["anything", "", null],
  ] as const)("%s / %s → %s", (label, query, rank) => {
    expect(textMatchRank(label, query)).toBe(rank);
  });
});

describe("compareRankedLabels", () => {
  const entry = (rank: number, label: string) => ({ rank, label, searchLabel: normaliseSearchText(label) });

  it("orders by rank, then shorter label, then alphabetically", () => {
    const sorted = [
      entry(1, "Aide boulanger"),
      entry(0, "Boulanger pâtissier"),
      entry(0, "Boulanger"),
      entry(0, "Boulangerx"),
    ]
      .sort(compareRankedLabels)
      .map((e) => e.label);
    expect(sorted).toEqual(["Boulanger", "Boulangerx", "Boulanger pâtissier", "Aide boulanger"]);
  });

  it("breaks a length tie alphabetically on the accent-free label", () => {
    const sorted = [entry(0, "Éboueur"), entry(0, "Ebouzer")].sort(compareRankedLabels).map((e) => e.label);
    expect(sorted).toEqual(["Éboueur", "Ebouzer"]);
  });
});
