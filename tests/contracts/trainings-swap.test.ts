import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../../src/adapters/postgres/database.ts";
import { createPgCatalogueImports } from "../../src/adapters/postgres/training/catalogue-imports.postgres.ts";
import { createPgTrainingStore } from "../../src/adapters/postgres/training/training-store.postgres.ts";
import type { GeoPoint } from "../../src/domain/shared/geo-point.ts";
import { NOTHING_READ } from "../../src/domain/training/catalogue-import.ts";
import type { CatalogueTraining } from "../../src/domain/training/training.ts";
import { createTestDatabase } from "../support/test-database.ts";
import { aCatalogueTraining } from "../support/training-builders.ts";

let database: DatabaseHandle;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

/** `count` trainings around Lyon, keys `${prefix}0001`…, titles starting with `title`. */
function trainingsAroundLyon(prefix: string, count: number, title: string): CatalogueTraining[] {
  return Array.from({ length: count }, (_, i) =>
    aCatalogueTraining({
      catalogueKey: `${prefix}${String(i).padStart(4, "0")}`,
      title: `${title} ${i % 7}`,
      place: {
        street: null,
        postcode: null,
        city: "Lyon",
        insee: null,
        latitude: 45.7 + (i % 50) / 500,
        longitude: 4.8 + (i % 37) / 400,
      },
    }),
  );
}

const AROUND_LYON = { latitude: 45.76, longitude: 4.84 } as GeoPoint;

describe("the catalogue swap (PostgreSQL: concurrent sessions; PGlite: one session, serialised)", () => {
  it("shows every concurrent search the old catalogue or the new one, never a mix", async () => {
    const store = createPgTrainingStore(database.db);
    const imports = createPgCatalogueImports(database.db);
    const oldCatalogue = trainingsAroundLyon("OLD", 1500, "CAP ANCIEN");
    const newCatalogue = [
      ...oldCatalogue.slice(700).map((t) => ({ ...t, title: `A ${t.title}` })),
      ...trainingsAroundLyon("NEW", 800, "BP NOUVEAU"),
    ];
    const importAll = async (trainings: CatalogueTraining[], now: Date) => {
      const run = await imports.start("swap-test", now);
      await imports.stagePage(run.id, {
        trainings,
        counts: { ...NOTHING_READ, read: trainings.length, kept: trainings.length },
        cursor: null,
      });
      return run.id;
    };
    const criteria = {
      romeCodes: ["D1102"],
      origin: AROUND_LYON,
      radiusKm: 50,
      diplomaLevel: null,
      offset: 40,
      limit: 30,
    };
    const answer = async () => {
      const { hits, total } = await store.search(criteria);
      return JSON.stringify({ total, ids: hits.map((hit) => hit.training.id) });
    };

    await imports.apply(
      await importAll(oldCatalogue, new Date("2026-11-02T02:30:00Z")),
      new Date("2026-11-02T02:30:00Z"),
    );
    const before = await answer();
    const pending = await importAll(newCatalogue, new Date("2026-11-03T02:30:00Z"));

    let applied = false;
    const swap = imports.apply(pending, new Date("2026-11-03T02:30:00Z")).finally(() => {
      applied = true;
    });
    const seen: string[] = [];
    const readers = Array.from({ length: 3 }, async () => {
      while (!applied) seen.push(await answer());
    });
    await Promise.all([swap, ...readers]);
    const after = await answer();

    expect(after).not.toBe(before);
    expect(seen.length).toBeGreaterThan(0);
    for (const seenAnswer of seen) expect([before, after]).toContain(seenAnswer);
  }, 60_000);
});
