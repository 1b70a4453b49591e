import { describe, expect, it } from "vitest";
import { de } from "../../src/domain/shared/french-elision.ts";
import { frenchCount } from "../../src/domain/shared/french-plural.ts";

describe("frenchCount", () => {
  it.each([
    [0, "poste", undefined, "0 poste"],
    [1, "poste", undefined, "1 poste"],
    [2, "poste", undefined, "2 postes"],
    [10, "centre", undefined, "10 centres"],
    [1, "mois", "mois", "1 mois"],
    [24, "mois", "mois", "24 mois"],
    [1.5, "heure", undefined, "1,5 heure"],
    [20_000, "caractère", undefined, "20\u202f000 caractères"],
  ])("counts %d %s as « %s »", (count, singular, plural, expected) => {
    expect(frenchCount(count, singular, plural)).toBe(expected);
  });
});

describe("de", () => {
  it.each([
    ["AU PAIN DORÉ", "d’AU PAIN DORÉ"],
    ["Atelier du pain", "d’Atelier du pain"],
    ["ÉCOLE DU PAIN", "d’ÉCOLE DU PAIN"],
    ["Élan", "d’Élan"],
    ["île de beauté", "d’île de beauté"],
    ["Œuvre sociale", "d’Œuvre sociale"],
    ["Onisep", "d’Onisep"],
    ["Usine 4", "d’Usine 4"],
    ["Yvetot Pâtisserie", "d’Yvetot Pâtisserie"],
    ["Yamaha", "de Yamaha"],
    ["Hermès", "de Hermès"],
    ["Hyundai", "de Hyundai"],
    ["Boulangerie 1", "de Boulangerie 1"],
    ["Le Fournil", "de Le Fournil"],
    ["3M France", "de 3M France"],
    ["l’établissement", "de l’établissement"],
  ])("writes « de » before %j as « %s »", (name, expected) => {
    expect(de(name)).toBe(expected);
  });
});
