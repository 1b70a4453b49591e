import { describe, expect, it } from "vitest";
import { DEMO_SIRETS } from "../../src/adapters/memory/fixtures/establishments.ts";
import type { Siret } from "../../src/domain/shared/siret.ts";
import { aCatalogueTraining, TEST_CATALOGUE, TEST_TRAINING_PROVIDERS } from "../support/training-builders.ts";
import { importNow, type TrainingCatalogueFactory } from "./trainings-fixtures.ts";

/** Lyon's city hall, roughly (test point). */
const LYON = { latitude: 45.767, longitude: 4.8357 };
const sirets = (found: { provider: { siret: string } }[]) => found.map((f) => f.provider.siret);

/** The registry reads the imported catalogue: one provider per formateur SIRET. */
export function trainingProviderRegistryContract(name: string, factory: TrainingCatalogueFactory): void {
  const registry = async () => {
    const catalogue = await factory();
    await importNow(catalogue, TEST_CATALOGUE, "2026-11-02T08:00:00Z");
    return catalogue.providers;
  };

  describe(`TrainingProviderRegistry contract — ${name}`, () => {
    it("finds a provider by SIRET with its catalogue data, Qualiopi or not, null when absent", async () => {
      const providers = await registry();
      expect(await providers.findBySiret(DEMO_SIRETS.cfaQualiopi as Siret)).toEqual(TEST_TRAINING_PROVIDERS[0]);
      expect(await providers.findBySiret(DEMO_SIRETS.cfaNotQualiopi as Siret)).toEqual(TEST_TRAINING_PROVIDERS[1]);
      expect(await providers.findBySiret(DEMO_SIRETS.companyOpen as Siret)).toBeNull();
    });

    it("finds Qualiopi providers training for the ROME within the radius, nearest first, with distances", async () => {
      const found = await (await registry()).findNear({ romeCodes: ["D1102"], origin: LYON, radiusKm: 100, limit: 10 });
      expect(sirets(found)).toEqual([DEMO_SIRETS.cfaQualiopi, "99100010000016"]);
      expect(found[0]?.distanceKm).toBeCloseTo(1, 0);
      expect(found[1]?.distanceKm).toBeGreaterThan(found[0]?.distanceKm ?? 0);
    });

    it("leaves out providers without Qualiopi and beyond the radius", async () => {
      const found = await (await registry()).findNear({ romeCodes: ["D1102"], origin: LYON, radiusKm: 200, limit: 10 });
      expect(sirets(found)).toContain("99100012600011");
      expect(sirets(found)).not.toContain(DEMO_SIRETS.cfaNotQualiopi);
    });

    it("matches a ROME family by prefix when asked, and stops at the limit", async () => {
      const providers = await registry();
      expect(await providers.findNear({ romeCodes: ["D11"], origin: LYON, radiusKm: 100, limit: 10 })).toEqual([]);
      const family = await providers.findNear({
        romeCodes: ["D11"],
        prefix: true,
        origin: LYON,
        radiusKm: 100,
        limit: 10,
      });
      expect(sirets(family)).toContain("99100011800018");
      const one = await providers.findNear({ romeCodes: ["D1102"], origin: LYON, radiusKm: 100, limit: 1 });
      expect(sirets(one)).toEqual([DEMO_SIRETS.cfaQualiopi]);
    });

    it("merges a formateur's trainings: every ROME code, the nearest place, gone once all its trainings left", async () => {
      const catalogue = await factory();
      const formateur = TEST_CATALOGUE[0]?.formateur;
      const second = aCatalogueTraining({ catalogueKey: "Z-SECOND", romeCodes: ["G1602"], formateur, qualiopi: false });
      await importNow(catalogue, [...TEST_CATALOGUE, second], "2026-11-02T08:00:00Z");
      const provider = await catalogue.providers.findBySiret(DEMO_SIRETS.cfaQualiopi as Siret);
      expect(provider?.romeCodes).toEqual(["D1101", "D1102", "D1104", "G1602"]);
      const near = await catalogue.providers.findNear({ romeCodes: ["G1602"], origin: LYON, radiusKm: 100, limit: 10 });
      expect(near).toEqual([]);
      await importNow(catalogue, TEST_CATALOGUE.slice(1), "2026-11-03T08:00:00Z");
      expect(await catalogue.providers.findBySiret(DEMO_SIRETS.cfaQualiopi as Siret)).toBeNull();
    });
  });
}
