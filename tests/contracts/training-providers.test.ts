import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_SIRETS } from "../../src/adapters/memory/fixtures/establishments.ts";
import { DEMO_TRAINING_PROVIDERS } from "../../src/adapters/memory/fixtures/training-providers.ts";
import { createMemoryTrainingProviderRegistry } from "../../src/adapters/memory/training-provider-registry.memory.ts";
import type { DatabaseHandle } from "../../src/adapters/postgres/database.ts";
import {
  createPgTrainingProviderRegistry,
  upsertTrainingProviders,
} from "../../src/adapters/postgres/training/training-providers.postgres.ts";
import type { TrainingProviderRegistry } from "../../src/application/training/index.ts";
import type { Siret } from "../../src/domain/shared/siret.ts";
import { createTestDatabase } from "../support/test-database.ts";

let database: DatabaseHandle;
beforeAll(async () => {
  database = await createTestDatabase();
  await upsertTrainingProviders(database.db, DEMO_TRAINING_PROVIDERS, "demo", new Date("2026-11-02T08:00:00Z"));
});
afterAll(() => database.close());

/** Lyon's city hall, roughly (test point). */
const LYON = { latitude: 45.767, longitude: 4.8357 };
const sirets = (found: { provider: { siret: string } }[]) => found.map((f) => f.provider.siret);

function trainingProviderRegistryContract(name: string, registry: () => TrainingProviderRegistry) {
  describe(`TrainingProviderRegistry (${name})`, () => {
    it("finds a provider by SIRET with its catalogue data, null when absent", async () => {
      const found = await registry().findBySiret(DEMO_SIRETS.cfaQualiopi as Siret);
      expect(found).toEqual(DEMO_TRAINING_PROVIDERS[0]);
      expect(await registry().findBySiret(DEMO_SIRETS.companyOpen as Siret)).toBeNull();
    });

    it("finds Qualiopi providers training for the ROME within the radius, nearest first, with distances", async () => {
      const found = await registry().findNear({ romeCodes: ["D1102"], origin: LYON, radiusKm: 100, limit: 10 });
      expect(sirets(found)).toEqual([DEMO_SIRETS.cfaQualiopi, "99100010000016"]);
      expect(found[0]?.distanceKm).toBeCloseTo(1, 0);
      expect(found[1]?.distanceKm).toBeGreaterThan(found[0]?.distanceKm ?? 0);
    });

    it("leaves out providers without Qualiopi and beyond the radius", async () => {
      const found = await registry().findNear({ romeCodes: ["D1102"], origin: LYON, radiusKm: 200, limit: 10 });
      expect(sirets(found)).toContain("99100012600011");
      expect(sirets(found)).not.toContain(DEMO_SIRETS.cfaNotQualiopi);
    });

    it("matches a ROME family by prefix when asked", async () => {
      const exact = await registry().findNear({ romeCodes: ["D11"], origin: LYON, radiusKm: 100, limit: 10 });
      expect(exact).toEqual([]);
      const family = await registry().findNear({
        romeCodes: ["D11"],
        prefix: true,
        origin: LYON,
        radiusKm: 100,
        limit: 10,
      });
      expect(sirets(family)).toContain("99100011800018");
    });

    it("stops at the limit", async () => {
      const found = await registry().findNear({ romeCodes: ["D1102"], origin: LYON, radiusKm: 100, limit: 1 });
      expect(sirets(found)).toEqual([DEMO_SIRETS.cfaQualiopi]);
    });
  });
}

trainingProviderRegistryContract("memory", () => createMemoryTrainingProviderRegistry(DEMO_TRAINING_PROVIDERS));
trainingProviderRegistryContract("postgres", () => createPgTrainingProviderRegistry(database.db));
