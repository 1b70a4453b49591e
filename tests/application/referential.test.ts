import { describe, expect, it } from "vitest";
import { createMemoryCommuneReferential } from "../../src/adapters/memory/commune-referential.memory.ts";
import { createMemoryRomeReferential } from "../../src/adapters/memory/rome-referential.memory.ts";
import { getRomeFiche, searchCommunes, searchMetiers } from "../../src/application/referential/index.ts";
import { romeCodesWithSubFiches } from "../../src/application/referential/rome-families.ts";
import type { RomeCode } from "../../src/domain/shared/rome-code.ts";
import { aCommune, anAppellation, aRomeFiche } from "../support/referential-builders.ts";

const romeReferential = createMemoryRomeReferential([
  aRomeFiche({
    code: "D1102",
    label: "Boulanger / Boulangère",
    appellations: [anAppellation("11564", "Aide-boulanger / Aide-boulangère")],
  }),
  ...Array.from({ length: 30 }, (_, i) =>
    aRomeFiche({ code: `D2${String(i).padStart(3, "0")}`, label: `Métier ${i}` }),
  ),
]);

describe("searchMetiers", () => {
  it("normalises the query before searching", async () => {
    const items = await searchMetiers({ romeReferential })({ q: "  BOULANGÈRE " });
    expect(items.map((i) => i.appellation ?? i.romeLabel)).toEqual([
      "Boulanger / Boulangère",
      "Aide-boulanger / Aide-boulangère",
    ]);
  });

  it("answers at most 20 lines", async () => {
    expect(await searchMetiers({ romeReferential })({ q: "metier" })).toHaveLength(20);
  });

  it("answers nothing for a query without letters or digits", async () => {
    expect(await searchMetiers({ romeReferential })({ q: "--" })).toEqual([]);
  });
});

describe("searchMetiers, when a fiche and one of its appellations share a label", () => {
  // ROME v4.60: fiche D1102 and its appellation 11573 are both « Boulanger / Boulangère ».
  const twins = (code: string, label: string, appellationCode: string) =>
    aRomeFiche({ code, label, appellations: [anAppellation(appellationCode, label)] });
  const referential = createMemoryRomeReferential([
    aRomeFiche({
      code: "D1102",
      label: "Boulanger / Boulangère",
      appellations: [
        anAppellation("11573", "Boulanger / Boulangère"),
        anAppellation("11564", "Aide-boulanger / Aide-boulangère"),
      ],
    }),
    aRomeFiche({ code: "D1104", label: "Pâtissier / Pâtissière", appellations: [anAppellation("19364", "Tourier")] }),
    ...Array.from({ length: 25 }, (_, i) => twins(`F1${String(i).padStart(3, "0")}`, `Maçon ${i}`, `3${i}`)),
  ]);

  it("offers it once, as the appellation that carries its code", async () => {
    const items = await searchMetiers({ romeReferential: referential })({ q: "boulan" });
    expect(items).toEqual([
      {
        romeCode: "D1102",
        romeLabel: "Boulanger / Boulangère",
        appellation: "Boulanger / Boulangère",
        appellationCode: "11573",
      },
      {
        romeCode: "D1102",
        romeLabel: "Boulanger / Boulangère",
        appellation: "Aide-boulanger / Aide-boulangère",
        appellationCode: "11564",
      },
    ]);
  });

  it("keeps a fiche whose appellations are named otherwise", async () => {
    const items = await searchMetiers({ romeReferential: referential })({ q: "patissier" });
    expect(items).toEqual([
      { romeCode: "D1104", romeLabel: "Pâtissier / Pâtissière", appellation: null, appellationCode: null },
    ]);
  });

  it("still answers 20 lines when many fiches have a twin", async () => {
    const items = await searchMetiers({ romeReferential: referential })({ q: "macon" });
    expect(items).toHaveLength(20);
    expect(items.every((item) => item.appellationCode !== null)).toBe(true);
    expect(new Set(items.map((item) => item.romeCode)).size).toBe(20);
  });
});

describe("searchMetiers, reading the static referential", () => {
  const counting = (failures: number) => {
    const reads = { count: 0 };
    const referential = {
      ...romeReferential,
      metierLines: async () => {
        reads.count++;
        if (reads.count <= failures) throw new Error("database unavailable");
        return romeReferential.metierLines();
      },
    };
    return { reads, search: searchMetiers({ romeReferential: referential }) };
  };

  it("reads the métier lines once, at warm-up, for all the searches after it", async () => {
    const { reads, search } = counting(0);
    await search.warmUp();
    await search({ q: "boulan" });
    await search({ q: "metier" });
    expect(reads.count).toBe(1);
  });

  it("reads them on the first search when not warmed up", async () => {
    const { reads, search } = counting(0);
    expect((await search({ q: "boulan" }))[0]?.romeCode).toBe("D1102");
    await search({ q: "boulan" });
    expect(reads.count).toBe(1);
  });

  it("fails the search when the read fails, and reads again on the next one", async () => {
    const { reads, search } = counting(1);
    await expect(search({ q: "boulan" })).rejects.toThrow("database unavailable");
    expect((await search({ q: "boulan" }))[0]?.romeCode).toBe("D1102");
    expect(reads.count).toBe(2);
  });
});

describe("romeCodesWithSubFiches, on the static referential", () => {
  const withSubFiche = createMemoryRomeReferential([
    aRomeFiche({ code: "D1102", label: "Boulanger / Boulangère" }),
    aRomeFiche({ code: "D1108", label: "Boulanger industriel", parentCode: "D1102" as RomeCode }),
    aRomeFiche({ code: "D1104", label: "Pâtissier / Pâtissière" }),
  ]);
  const counting = () => {
    const asked: string[][] = [];
    const referential = {
      ...withSubFiche,
      familiesOf: (codes: readonly RomeCode[]) => {
        asked.push([...codes]);
        return withSubFiche.familiesOf(codes);
      },
    };
    return { asked, families: romeCodesWithSubFiches({ romeReferential: referential }) };
  };

  it("asks the referential only for codes it has not seen, and answers the same", async () => {
    const { asked, families } = counting();
    expect(await families(["D1102"] as RomeCode[])).toEqual({ ok: true, value: ["D1102", "D1108"] });
    expect(await families(["D1104", "D1102"] as RomeCode[])).toEqual({
      ok: true,
      value: ["D1102", "D1104", "D1108"],
    });
    expect(await families(["D1102", "D1104"] as RomeCode[])).toEqual({
      ok: true,
      value: ["D1102", "D1104", "D1108"],
    });
    expect(asked).toEqual([["D1102"], ["D1104"]]);
  });

  it("names an unknown code every time, asking for it again (unknown codes are not kept)", async () => {
    const { asked, families } = counting();
    for (let i = 0; i < 2; i++) {
      expect(await families(["D1102", "Z9999"] as RomeCode[])).toEqual({
        ok: false,
        error: { code: "ROME_UNKNOWN", romeCode: "Z9999" },
      });
    }
    expect(asked).toEqual([["D1102", "Z9999"], ["Z9999"]]);
  });
});

describe("getRomeFiche", () => {
  it("returns the fiche of a known code, whatever its case", async () => {
    const result = await getRomeFiche({ romeReferential })({ romeCode: "d1102" });
    expect(result).toMatchObject({ ok: true, value: { code: "D1102" } });
  });

  it.each(["Z9999", "D9999"])("refuses %s as ROME_UNKNOWN", async (romeCode) => {
    expect(await getRomeFiche({ romeReferential })({ romeCode })).toEqual({
      ok: false,
      error: { code: "ROME_UNKNOWN", romeCode },
    });
  });
});

describe("searchCommunes", () => {
  const communeReferential = createMemoryCommuneReferential([
    aCommune({ insee: "69123", name: "Lyon", postcodes: ["69001"], population: 500000 }),
    aCommune({ insee: "01400", name: "Châtillon", postcodes: ["01400"], population: 100 }),
  ]);

  it("searches a postcode when the query is digits and a name otherwise", async () => {
    expect((await searchCommunes({ communeReferential })({ q: "0140" })).map((c) => c.insee)).toEqual(["01400"]);
    expect((await searchCommunes({ communeReferential })({ q: "CHÂTILLON" })).map((c) => c.insee)).toEqual(["01400"]);
  });
});
