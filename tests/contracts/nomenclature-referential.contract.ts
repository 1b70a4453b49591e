import { describe, expect, it } from "vitest";
import type { NomenclatureData } from "../../src/adapters/memory/nomenclature-referential.memory.ts";
import type { NomenclatureReferential } from "../../src/application/referential/ports.ts";
import type { NafEntry, Opco } from "../../src/domain/referential/nomenclatures.ts";
import type { NafCode } from "../../src/domain/shared/naf-code.ts";

/** Builds the implementation under test holding exactly these NAF entries, OPCO and IDCC rows. */
export type NomenclatureReferentialFactory = (data: NomenclatureData) => Promise<NomenclatureReferential>;

const naf = (code: string, label: string, level: NafEntry["level"] = "sous_classe"): NafEntry => ({
  code,
  apeCode: level === "sous_classe" ? code.replace(".", "") : null,
  level,
  label,
  division: code.slice(0, 2),
  section: code.startsWith("85") ? "P" : "C",
});

const opco = (code: string, label: string): Opco => ({ code, label, shortName: label, siren: null, website: null });

const data: NomenclatureData = {
  naf: [
    naf("10.71C", "Boulangerie et boulangerie-pâtisserie"),
    naf("85.59A", "Formation continue d'adultes"),
    naf("85", "Enseignement", "division"),
  ],
  opcos: [opco("OPCOMMERCE", "L'Opcommerce"), opco("EP", "Opco entreprises de proximité"), opco("AKTO", "AKTO")],
  idcc: [
    { idcc: 843, opcoCode: "EP" },
    { idcc: 2216, opcoCode: "OPCOMMERCE" },
  ],
};

export function nomenclatureReferentialContract(name: string, factory: NomenclatureReferentialFactory): void {
  describe(`NomenclatureReferential contract — ${name}`, () => {
    it("finds a NAF sub-class with its label, null when absent", async () => {
      const referential = await factory(data);
      expect(await referential.findNaf("10.71C" as NafCode)).toEqual(data.naf[0]);
      expect(await referential.findNaf("62.01Z" as NafCode)).toBeNull();
    });

    it("finds the OPCO of a collective agreement, null for an IDCC outside the table", async () => {
      const referential = await factory(data);
      expect(await referential.findOpcoByIdcc(843)).toEqual(opco("EP", "Opco entreprises de proximité"));
      expect(await referential.findOpcoByIdcc(2216)).toMatchObject({ code: "OPCOMMERCE" });
      expect(await referential.findOpcoByIdcc(9999)).toBeNull();
    });

    it("lists the OPCO by code", async () => {
      const referential = await factory(data);
      expect((await referential.listOpcos()).map((o) => o.code)).toEqual(["AKTO", "EP", "OPCOMMERCE"]);
    });
  });
}
