import { describe, expect, it } from "vitest";
import { buildMetierIndex } from "../../../src/domain/referential/metier-index.ts";
import type { MetierSuggestion } from "../../../src/domain/referential/metier-suggestion.ts";
import type { RomeCode } from "../../../src/domain/shared/rome-code.ts";
import {
  compareCodePoints,
  compareRankedLabels,
  normaliseSearchText,
  textMatchRank,
} from "../../../src/domain/shared/search-text.ts";

const fiche = (code: string, label: string): MetierSuggestion => ({
  romeCode: code as RomeCode,
  romeLabel: label,
  appellation: null,
  appellationCode: null,
});
const appellation = (of: MetierSuggestion, code: string, label: string): MetierSuggestion => ({
  ...of,
  appellation: label,
  appellationCode: code,
});

const boulanger = fiche("D1102", "Boulanger / Boulangère");
const patissier = fiche("D1104", "Pâtissier / Pâtissière");
const electricien = fiche("I1309", "Électricien / Électricienne de maintenance");
const conducteur = fiche("H2102", "Conducteur / Conductrice de ligne en industrie de boulangerie");
const lines = [
  boulanger,
  appellation(boulanger, "11573", "Boulanger / Boulangère"),
  appellation(boulanger, "11564", "Aide-boulanger / Aide-boulangère"),
  appellation(boulanger, "11574", "Boulanger-pâtissier / Boulangère-pâtissière"),
  patissier,
  appellation(patissier, "19364", "Tourier / Tourière"),
  electricien,
  appellation(electricien, "12701", "Électricien / Électricienne d'entretien"),
  conducteur,
];
const index = buildMetierIndex(lines);
const labels = (items: readonly MetierSuggestion[]) => items.map((i) => i.appellation ?? i.romeLabel);

describe("the métier index (docs/API.md ranking)", () => {
  it("ranks a label starting with the query before a word starting with it, before a mere containment", () => {
    expect(labels(index.search("boulan", 20))).toEqual([
      "Boulanger / Boulangère",
      "Boulanger-pâtissier / Boulangère-pâtissière",
      "Aide-boulanger / Aide-boulangère",
      "Conducteur / Conductrice de ligne en industrie de boulangerie",
    ]);
  });

  it("offers a fiche named like one of its appellations once, as the appellation with its code", () => {
    expect(index.search("boulanger boulangere", 20)).toEqual([
      {
        romeCode: "D1102",
        romeLabel: "Boulanger / Boulangère",
        appellation: "Boulanger / Boulangère",
        appellationCode: "11573",
      },
    ]);
  });

  it("breaks ties by the shorter label, then alphabetically, whatever the order of the lines given", () => {
    const vendeur = fiche("D1211", "Vendeur");
    const given = [
      appellation(vendeur, "3", "Vendeur en magasin"),
      appellation(vendeur, "2", "Vendeur à domicile"),
      appellation(vendeur, "1", "Vendeur en boulangerie"),
      vendeur,
    ];
    // "Vendeur à domicile" and "Vendeur en magasin" are both 18 characters long.
    const expected = ["Vendeur", "Vendeur à domicile", "Vendeur en magasin", "Vendeur en boulangerie"];
    expect(labels(buildMetierIndex(given).search("vendeur", 20))).toEqual(expected);
    expect(labels(buildMetierIndex([...given].reverse()).search("vendeur", 20))).toEqual(expected);
  });

  it("puts an appellation before another fiche bearing the same label, then orders by appellation code", () => {
    const industry = fiche("H2105", "Agent / Agente de production en industrie alimentaire");
    const found = buildMetierIndex([
      fiche("D1102", "Boulanger"),
      appellation(industry, "48", "Boulanger"),
      appellation(industry, "47", "Boulanger"),
    ]).search("boulanger", 20);
    expect(found.map((i) => i.appellationCode)).toEqual(["47", "48", null]);
  });

  it("matches a normalised query against accented labels", () => {
    const found = index.search("electricien", 20);
    expect(found.map((i) => i.romeCode)).toEqual(["I1309", "I1309"]);
    expect(labels(found)[0]).toBe("Électricien / Électricienne d'entretien");
  });

  it("answers at most `limit` lines, the best ones, and nothing for an unknown word", () => {
    expect(labels(index.search("boulan", 2))).toEqual([
      "Boulanger / Boulangère",
      "Boulanger-pâtissier / Boulangère-pâtissière",
    ]);
    expect(index.search("astronaute", 20)).toEqual([]);
    expect(index.search("boulanger boulangere patissiere et plus", 20)).toEqual([]);
    expect(index.search("", 20)).toEqual([]);
  });

  it("keeps the labels starting with the query first even when shorter labels merely contain it", () => {
    const many = Array.from({ length: 30 }, (_, i) => fiche(`M${String(i).padStart(4, "0")}`, `Aide métier ${i}`));
    const long = fiche("L0001", "Maçon / Maçonne en rénovation du patrimoine bâti ancien");
    const found = buildMetierIndex([...many, long]).search("macon", 20);
    expect(labels(found)).toEqual(["Maçon / Maçonne en rénovation du patrimoine bâti ancien"]);
    const metier = buildMetierIndex([...many, fiche("X0001", "Métier d'art")]).search("metier", 3);
    expect(labels(metier)).toEqual(["Métier d'art", "Aide métier 0", "Aide métier 1"]);
  });

  it("answers one- and two-character queries as well as longer ones", () => {
    expect(labels(index.search("t", 20))).toContain("Tourier / Tourière");
    expect(labels(index.search("to", 20))).toEqual(["Tourier / Tourière"]);
    expect(labels(index.search("e d", 20))).toEqual([
      "Électricien / Électricienne d'entretien",
      "Électricien / Électricienne de maintenance",
      "Conducteur / Conductrice de ligne en industrie de boulangerie",
    ]);
  });

  it("answers every query exactly as a scan of all the lines would", () => {
    const searchable = lines.filter((line) => line !== boulanger); // the twin fiche is never offered
    const queries = new Set(
      searchable.flatMap((line) => {
        const text = normaliseSearchText(line.appellation ?? line.romeLabel);
        return Array.from({ length: text.length }, (_, i) => [1, 2, 3, 5].map((n) => text.slice(i, i + n).trim()));
      }),
    );
    for (const query of [...queries].flat().filter(Boolean)) {
      for (const limit of [1, 3, 20]) expect(index.search(query, limit), query).toEqual(scan(searchable, query, limit));
    }
  });
});

/** The ranking of docs/API.md by brute force: every line ranked, all sorted. */
function scan(all: readonly MetierSuggestion[], query: string, limit: number): MetierSuggestion[] {
  return all
    .map((suggestion) => {
      const label = suggestion.appellation ?? suggestion.romeLabel;
      const searchLabel = normaliseSearchText(label);
      return { suggestion, label, searchLabel, rank: textMatchRank(searchLabel, query) };
    })
    .filter((line): line is typeof line & { rank: 0 | 1 | 2 } => line.rank !== null)
    .sort(
      (a, b) =>
        compareRankedLabels(a, b) ||
        Number(a.suggestion.appellation === null) - Number(b.suggestion.appellation === null) ||
        compareCodePoints(a.suggestion.appellationCode ?? "", b.suggestion.appellationCode ?? ""),
    )
    .slice(0, limit)
    .map((line) => line.suggestion);
}
