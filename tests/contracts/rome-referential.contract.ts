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

export function romeReferentialContract(name: string, factory: RomeReferentialFactory): void {
  describe(`RomeReferential contract — ${name}`, () => {
    it("lists every fiche and every appellation as a métier line, by fiche code, the fiche first", async () => {
      const referential = await factory(fiches);
      const lines = await referential.metierLines();
      expect(lines.map((l) => [l.romeCode, l.appellationCode])).toEqual([
        ["D1102", null],
        ["D1102", "11564"],
        ["D1102", "11573"],
        ["D1102", "11574"],
        ["D1104", null],
        ["D1104", "19364"],
        ["H2102", null],
        ["I1309", null],
        ["I1309", "12701"],
      ]);
      expect(lines[3]).toEqual({
        romeCode: "D1102",
        romeLabel: "Boulanger / Boulangère",
        appellation: "Boulanger-pâtissier / Boulangère-pâtissière",
        appellationCode: "11574",
      });
      expect(lines[7]).toEqual({
        romeCode: "I1309",
        romeLabel: "Électricien / Électricienne de maintenance",
        appellation: null,
        appellationCode: null,
      });
    });

    it("lists no line for an empty referential", async () => {
      const referential = await factory([]);
      expect(await referential.metierLines()).toEqual([]);
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
