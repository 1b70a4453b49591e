import { describe, expect, it } from "vitest";
import type { CommuneReferential } from "../../src/application/referential/ports.ts";
import type { Commune } from "../../src/domain/referential/commune.ts";
import { aCommune } from "../support/referential-builders.ts";

export type CommuneReferentialFactory = (communes: readonly Commune[]) => Promise<CommuneReferential>;

const communes = [
  aCommune({
    insee: "69123",
    name: "Lyon",
    postcodes: ["69001", "69002", "69009"],
    population: 520774,
    latitude: 45.758,
    longitude: 4.835,
  }),
  aCommune({
    insee: "69381",
    name: "Lyon 1er Arrondissement",
    kind: "arrondissement",
    postcodes: ["69001"],
    population: 29000,
  }),
  aCommune({
    insee: "69389",
    name: "Lyon 9e Arrondissement",
    kind: "arrondissement",
    postcodes: ["69009"],
    population: 50000,
  }),
  aCommune({ insee: "38537", name: "Saint-Symphorien-de-Lyon", postcodes: ["38510"], population: 900 }),
  aCommune({ insee: "01001", name: "Lyonnaise-la-Petite", postcodes: ["01400"], population: null }),
  aCommune({ insee: "42218", name: "Saint-Étienne", postcodes: ["42000", "42100"], population: 171000 }),
];

export function communeReferentialContract(name: string, factory: CommuneReferentialFactory): void {
  describe(`CommuneReferential contract — ${name}`, () => {
    it("puts the exact name first, then prefixes by population, then word matches", async () => {
      const referential = await factory(communes);
      const items = await referential.search("lyon", 20);
      expect(items.map((c) => c.insee)).toEqual(["69123", "69389", "69381", "01001", "38537"]);
      expect(items[0]).toMatchObject({ name: "Lyon", latitude: 45.758, longitude: 4.835, department: { code: "69" } });
    });

    it("ignores accents and case", async () => {
      const referential = await factory(communes);
      expect((await referential.search("saint etienne", 20)).map((c) => c.insee)).toEqual(["42218"]);
    });

    it("reads digits as the start of a postcode, most populous first", async () => {
      const referential = await factory(communes);
      expect((await referential.search("69009", 20)).map((c) => c.insee)).toEqual(["69123", "69389"]);
      expect((await referential.search("420", 20)).map((c) => c.insee)).toEqual(["42218"]);
    });

    it("finds a commune or an arrondissement by INSEE code, null when unknown", async () => {
      const referential = await factory(communes);
      expect((await referential.findByInsee("69381"))?.kind).toBe("arrondissement");
      expect(await referential.findByInsee("99999")).toBeNull();
    });
  });
}
