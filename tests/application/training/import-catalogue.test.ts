import { describe, expect, it } from "vitest";
import { createMemoryTrainingCatalogue } from "../../../src/adapters/memory/training-catalogue.memory.ts";
import { createMemoryCatalogueSource } from "../../../src/adapters/memory/training-catalogue-source.memory.ts";
import { importCatalogue } from "../../../src/application/training/index.ts";
import type { CatalogueRecord } from "../../../src/application/training/ports.ts";
import { NOTHING_READ } from "../../../src/domain/training/catalogue-import.ts";
import { trainingIdOf } from "../../../src/domain/training/training.ts";
import { aCatalogueTraining } from "../../support/training-builders.ts";

const NIGHT = new Date("2026-11-02T01:30:00Z");
const NEXT_NIGHT = new Date("2026-11-03T01:30:00Z");
const kept = (key: string, title = `CAP ${key}`): CatalogueRecord => ({
  kind: "training",
  training: aCatalogueTraining({ catalogueKey: key, title }),
});
const rejected = (reason: string): CatalogueRecord => ({ kind: "rejected", key: null, reason });

function recordingProgress() {
  const calls: string[] = [];
  return {
    calls,
    total: (n: number | null) => void calls.push(`total ${n}`),
    advance: (n: number) => void calls.push(`+${n}`),
  };
}

describe("importCatalogue", () => {
  it("applies a clean import at once and sums it up in French, with its counts", async () => {
    const catalogue = createMemoryTrainingCatalogue();
    const source = createMemoryCatalogueSource([
      [kept("A"), kept("B")],
      [kept("C"), rejected("siret_formateur_invalide")],
    ]);
    const progress = recordingProgress();
    const summary = await importCatalogue({ source, imports: catalogue.imports })(NIGHT, progress);
    expect(summary).toEqual({
      source: "memory",
      outcome: "applied",
      read: 4,
      kept: 3,
      rejected: { siret_formateur_invalide: 1 },
      removed: 0,
      message: "Catalogue importé : 4 lues, 3 gardées, 1 rejetée (siret_formateur_invalide : 1), 0 retirée.",
    });
    expect(progress.calls).toEqual(["+0", "total 4", "+2", "total 4", "+2"]);
    expect(
      (
        await catalogue.store.search({
          romeCodes: ["D1102"],
          origin: null,
          radiusKm: 30,
          diplomaLevel: null,
          offset: 0,
          limit: 10,
        })
      ).total,
    ).toBe(3);
  });

  it("keeps the catalogue intact when the source fails mid-way, then resumes from the failed page", async () => {
    const catalogue = createMemoryTrainingCatalogue([aCatalogueTraining({ catalogueKey: "OLD" })], NIGHT);
    const source = createMemoryCatalogueSource([[kept("A"), rejected("format_invalide")], [kept("B")], [kept("C")]], {
      failAtPage: 2,
    });
    const run = importCatalogue({ source, imports: catalogue.imports });
    const interrupted = await run(NIGHT, recordingProgress());
    expect(interrupted).toMatchObject({ outcome: "interrupted", read: 2, kept: 1, rejected: { format_invalide: 1 } });
    expect(interrupted.message).toContain("interrompu");
    expect(await catalogue.store.findListed(trainingIdOf("OLD"))).not.toBeNull();
    expect(await catalogue.store.findListed(trainingIdOf("A"))).toBeNull();

    source.failAtPage(null);
    const resumed = await run(NEXT_NIGHT, recordingProgress());
    expect(resumed).toMatchObject({
      outcome: "applied",
      read: 4,
      kept: 3,
      rejected: { format_invalide: 1 },
      removed: 1,
    });
    for (const key of ["A", "B", "C"]) expect(await catalogue.store.findListed(trainingIdOf(key))).not.toBeNull();
    expect(await catalogue.store.findListed(trainingIdOf("OLD"))).toBeNull();
  });

  it("refuses a source with no usable training and never wipes the catalogue", async () => {
    const catalogue = createMemoryTrainingCatalogue([aCatalogueTraining({ catalogueKey: "OLD" })], NIGHT);
    const source = createMemoryCatalogueSource([[rejected("cle_absente"), rejected("cle_absente")]]);
    const summary = await importCatalogue({ source, imports: catalogue.imports })(NEXT_NIGHT, recordingProgress());
    expect(summary).toMatchObject({ outcome: "refused_empty", read: 2, kept: 0, removed: 0 });
    expect(summary.message).toBe(
      "Import du catalogue refusé : aucune formation valable (2 lues, 0 gardée, 2 rejetées (cle_absente : 2)) ; le catalogue en ligne est inchangé.",
    );
    expect(await catalogue.store.findListed(trainingIdOf("OLD"))).not.toBeNull();
    expect(await catalogue.imports.unfinished("memory")).toBeNull();
  });

  it("keeps ids and update dates of unchanged trainings across imports, and counts the ones that left", async () => {
    const catalogue = createMemoryTrainingCatalogue();
    const run = (pages: CatalogueRecord[][]) =>
      importCatalogue({ source: createMemoryCatalogueSource(pages), imports: catalogue.imports });
    await run([[kept("A"), kept("B"), kept("C")]])(NIGHT, recordingProgress());
    const second = await run([[kept("A"), kept("B", "CAP B NOUVEAU")]])(NEXT_NIGHT, recordingProgress());
    expect(second).toMatchObject({ outcome: "applied", removed: 1 });
    expect(await catalogue.store.findListed(trainingIdOf("A"))).toMatchObject({
      id: trainingIdOf("A"),
      updatedAt: NIGHT,
    });
    expect(await catalogue.store.findListed(trainingIdOf("B"))).toMatchObject({
      title: "CAP B NOUVEAU",
      updatedAt: NEXT_NIGHT,
    });
  });

  it("goes straight to the swap when a run had read every page but stopped before it", async () => {
    const catalogue = createMemoryTrainingCatalogue();
    const started = await catalogue.imports.start("memory", NIGHT);
    const training = aCatalogueTraining({ catalogueKey: "A" });
    await catalogue.imports.stagePage(started.id, {
      trainings: [training],
      counts: { ...NOTHING_READ, read: 1, kept: 1 },
      cursor: null,
    });
    const source = createMemoryCatalogueSource([[kept("NEVER-READ")]]);
    const summary = await importCatalogue({ source, imports: catalogue.imports })(NEXT_NIGHT, recordingProgress());
    expect(summary).toMatchObject({ outcome: "applied", read: 1, kept: 1 });
    expect(await catalogue.store.findListed(trainingIdOf("NEVER-READ"))).toBeNull();
    expect(await catalogue.store.findListed(trainingIdOf("A"))).not.toBeNull();
  });
});
