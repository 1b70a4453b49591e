import { describe, expect, it } from "vitest";
import { chooseMetier } from "../../../src/domain/referential/metier-choice.ts";
import type { MetierSuggestion } from "../../../src/domain/referential/metier-suggestion.ts";
import type { RomeCode } from "../../../src/domain/shared/rome-code.ts";

const line = (romeCode: string, appellation: string): MetierSuggestion => ({
  romeCode: romeCode as RomeCode,
  romeLabel: `fiche ${romeCode}`,
  appellation,
  appellationCode: null,
});

/** Real ROME v4 appellations, in the autocomplete's order for "vendeur" (shortest first). */
const VENDEURS = [
  line("D1211", "Vendeur / Vendeuse en ski"),
  line("D1106", "Vendeur / Vendeuse en épicerie"),
  line("D1214", "Vendeur / Vendeuse en prêt-à-porter"),
  line("D1106", "Vendeur / Vendeuse en alimentation générale"),
  line("D1402", "Chef des ventes / Cheffe des ventes"),
];

describe("chooseMetier: what a métier typed without picking a suggestion is searched as", () => {
  it("is the line one of whose forms is exactly the typed text, whatever its place in the list", () => {
    const lines = [
      line("D1104", "Boulanger-pâtissier / Boulangère-pâtissière"),
      line("D1102", "Boulanger / Boulangère"),
    ];
    for (const typed of ["boulanger", "Boulangère", " BOULANGERE "]) {
      expect(chooseMetier(typed, lines)).toEqual({
        romeCodes: ["D1102"],
        label: "Boulanger / Boulangère",
        several: false,
        others: [lines[0]],
      });
    }
  });

  it("reads a gendered label's shared words as part of both forms", () => {
    expect(chooseMetier("vendeur en epicerie", VENDEURS)).toMatchObject({ romeCodes: ["D1106"], several: false });
    expect(chooseMetier("Vendeuse en ski", VENDEURS)).toMatchObject({ romeCodes: ["D1211"], several: false });
  });

  it("searches every fiche among the lines that match best, under the typed text, and offers those lines", () => {
    const choice = chooseMetier("vendeur", VENDEURS);
    expect(choice).toEqual({
      romeCodes: ["D1211", "D1106", "D1214"],
      label: "vendeur",
      several: true,
      others: VENDEURS.slice(0, 4),
    });
  });

  it("takes the one fiche when the best lines all belong to it, and offers the rest", () => {
    const lines = [
      line("D1106", "Vendeur / Vendeuse en épicerie"),
      line("D1106", "Gérant / Gérante d'épicerie"),
      line("D1107", "Responsable de rayon superépicerie"),
    ];
    expect(chooseMetier("epicerie", lines)).toEqual({
      romeCodes: ["D1106"],
      label: "Vendeur / Vendeuse en épicerie",
      several: false,
      others: lines.slice(1),
    });
  });

  it("ranks a label starting with the text before one holding it later", () => {
    const lines = [line("D1402", "Chef des ventes / Cheffe des ventes"), line("D1211", "Ventes de ski")];
    expect(chooseMetier("vente", lines)?.romeCodes).toEqual(["D1211"]);
  });

  it("is null when nothing was suggested", () => {
    expect(chooseMetier("zzz", [])).toBeNull();
  });
});
