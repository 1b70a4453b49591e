import { describe, expect, it } from "vitest";
import type { RomeReferential } from "../../src/application/referential/ports.ts";
import type { RomeFiche } from "../../src/domain/referential/rome-fiche.ts";
import type { RomeCode } from "../../src/domain/shared/rome-code.ts";
import { anAppellation, aRomeFiche } from "../support/referential-builders.ts";

/** Builds the implementation under test holding exactly these fiches. */
export type RomeReferentialFactory = (fiches: readonly RomeFiche[]) => Promise<RomeReferential>;

const fiches = [
  aRomeFiche({
    code: "D1102",
    label: "Boulanger / Boulangère",
    appellations: [
      anAppellation("11573", "Boulanger / Boulangère"),
      anAppellation("11564", "Aide-boulanger / Aide-boulangère"),
      anAppellation("11574", "Boulanger-pâtissier / Boulangère-pâtissière"),
    ],
  }),
  aRomeFiche({
    code: "D1104",
    label: "Pâtissier / Pâtissière",
    appellations: [anAppellation("19364", "Tourier / Tourière")],
  }),
  aRomeFiche({
    code: "I1309",
    label: "Électricien / Électricienne de maintenance",
    appellations: [anAppellation("12701", "Électricien / Électricienne d'entretien")],
  }),
  aRomeFiche({ code: "H2102", label: "Conducteur / Conductrice de ligne en industrie de boulangerie" }),
];

const labels = (items: { appellation: string | null; romeLabel: string }[]) =>
  items.map((i) => i.appellation ?? i.romeLabel);

export function romeReferentialContract(name: string, factory: RomeReferentialFactory): void {
  describe(`RomeReferential contract — ${name}`, () => {
    it("ranks a label starting with the query before a word starting with it, before a mere containment", async () => {
      const referential = await factory(fiches);
      const items = await referential.searchMetiers("boulan", 20);
      expect(labels(items)).toEqual([
        "Boulanger / Boulangère",
        "Boulanger / Boulangère",
        "Boulanger-pâtissier / Boulangère-pâtissière",
        "Aide-boulanger / Aide-boulangère",
        "Conducteur / Conductrice de ligne en industrie de boulangerie",
      ]);
    });

    it("puts an appellation before its fiche when their labels are equal, and says which is which", async () => {
      const referential = await factory(fiches);
      const [first, second] = await referential.searchMetiers("boulanger boulangere", 20);
      expect(first).toEqual({
        romeCode: "D1102",
        romeLabel: "Boulanger / Boulangère",
        appellation: "Boulanger / Boulangère",
        appellationCode: "11573",
      });
      expect(second).toEqual({
        romeCode: "D1102",
        romeLabel: "Boulanger / Boulangère",
        appellation: null,
        appellationCode: null,
      });
    });

    it("matches a normalised query against accented labels", async () => {
      const referential = await factory(fiches);
      const items = await referential.searchMetiers("electricien", 20);
      expect(items.map((i) => i.romeCode)).toEqual(["I1309", "I1309"]);
      expect(labels(items)[0]).toBe("Électricien / Électricienne d'entretien");
    });

    it("answers at most `limit` lines and nothing for an unknown word", async () => {
      const referential = await factory(fiches);
      expect(await referential.searchMetiers("boulan", 2)).toHaveLength(2);
      expect(await referential.searchMetiers("astronaute", 20)).toEqual([]);
    });

    it("finds a fiche with its appellations in label order, and null for an unknown code", async () => {
      const referential = await factory(fiches);
      const fiche = await referential.findFiche("D1102" as RomeCode);
      expect(fiche?.label).toBe("Boulanger / Boulangère");
      expect(fiche?.definition).toEqual(["Définition de Boulanger / Boulangère."]);
      expect(fiche?.appellations.map((a) => a.code)).toEqual(["11564", "11573", "11574"]);
      expect(await referential.findFiche("A1101" as RomeCode)).toBeNull();
    });

    it("gives each known code with its sub-fiches (code_rome_parent), and no entry for an unknown code", async () => {
      const referential = await factory([
        ...fiches,
        aRomeFiche({ code: "D1108", label: "Boulanger industriel (sous-fiche)", parentCode: "D1102" as RomeCode }),
      ]);
      const families = await referential.familiesOf(["D1102", "D1104", "A1101"] as RomeCode[]);
      expect([...families]).toEqual([
        ["D1102", ["D1102", "D1108"]],
        ["D1104", ["D1104"]],
      ]);
      expect((await referential.familiesOf(["D1108"] as RomeCode[])).get("D1108" as RomeCode)).toEqual(["D1108"]);
    });
  });
}
