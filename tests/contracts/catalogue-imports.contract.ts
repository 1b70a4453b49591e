import { describe, expect, it } from "vitest";
import { countRecords, NOTHING_READ } from "../../src/domain/training/catalogue-import.ts";
import { trainingIdOf } from "../../src/domain/training/training.ts";
import { aCatalogueTraining } from "../support/training-builders.ts";
import { importNow, type TrainingCatalogueFactory } from "./trainings-fixtures.ts";

const FIRST = new Date("2026-11-02T02:30:00Z");
const SECOND = new Date("2026-11-03T02:30:00Z");
const A = aCatalogueTraining({ catalogueKey: "A", title: "CAP A" });
const B = aCatalogueTraining({ catalogueKey: "B", title: "CAP B" });
const C = aCatalogueTraining({ catalogueKey: "C", title: "CAP C" });

export function catalogueImportsContract(name: string, factory: TrainingCatalogueFactory): void {
  describe(`CatalogueImports contract — ${name}`, () => {
    it("keeps an interrupted import resumable with its cursor and counts, leaving the catalogue untouched", async () => {
      const catalogue = await factory();
      const { imports, store } = catalogue;
      expect(await imports.unfinished("carif-oref")).toBeNull();
      const run = await imports.start("carif-oref", FIRST);
      expect(run).toMatchObject({ source: "carif-oref", status: "running", cursor: null, counts: NOTHING_READ });
      const counts = countRecords(NOTHING_READ, 1, ["format_invalide"]);
      await imports.stagePage(run.id, { trainings: [A], counts, cursor: "2" });
      await imports.interrupt(run.id, FIRST);
      expect(await imports.unfinished("carif-oref")).toEqual({ ...run, status: "interrupted", cursor: "2", counts });
      expect(await imports.unfinished("demo-2020")).toBeNull();
      expect(await store.isEmpty()).toBe(true);
    });

    it("applies staged pages at once: new trainings in, unchanged ones untouched, changed ones updated", async () => {
      const catalogue = await factory();
      await importNow(catalogue, [A, B], FIRST);
      const changedB = { ...B, title: "CAP B RENOMMÉ" };
      const result = await importNow(catalogue, [A, changedB, C], SECOND);
      expect(result).toEqual({ removed: 0 });
      const { store } = catalogue;
      expect((await store.findListed(trainingIdOf("A")))?.updatedAt).toEqual(FIRST);
      expect(await store.findListed(trainingIdOf("B"))).toMatchObject({ title: "CAP B RENOMMÉ", updatedAt: SECOND });
      expect((await store.findListed(trainingIdOf("C")))?.updatedAt).toEqual(SECOND);
      expect(await catalogue.imports.unfinished("test")).toBeNull();
    });

    it("removes trainings absent from the import as tombstones, and brings a returning one back with its id", async () => {
      const catalogue = await factory();
      await importNow(catalogue, [A, B], FIRST);
      expect(await importNow(catalogue, [A], SECOND)).toEqual({ removed: 1 });
      const { store } = catalogue;
      expect(await store.findListed(trainingIdOf("B"))).toBeNull();
      const feed = await store.changedAfter(null, 10);
      expect(feed.map((entry) => [entry.training.catalogueKey, entry.status])).toEqual([
        ["A", "active"],
        ["B", "removed"],
      ]);
      expect(feed[1]?.training.updatedAt).toEqual(SECOND);
      const back = new Date("2026-11-04T02:30:00Z");
      await importNow(catalogue, [A, B], back);
      expect(await store.findListed(trainingIdOf("B"))).toMatchObject({ id: trainingIdOf("B"), updatedAt: back });
    });

    it("keeps the later record of a key staged twice, across pages", async () => {
      const catalogue = await factory();
      const run = await catalogue.imports.start("test", FIRST);
      await catalogue.imports.stagePage(run.id, { trainings: [A, B], counts: NOTHING_READ, cursor: "2" });
      const later = { ...A, title: "CAP A (PAGE 2)" };
      await catalogue.imports.stagePage(run.id, {
        trainings: [later, { ...later, title: "CAP A (DERNIER)" }],
        counts: NOTHING_READ,
        cursor: null,
      });
      await catalogue.imports.apply(run.id, FIRST);
      expect((await catalogue.store.findListed(trainingIdOf("A")))?.title).toBe("CAP A (DERNIER)");
    });

    it("refuses an empty import: it is closed and the catalogue stays as it was", async () => {
      const catalogue = await factory();
      await importNow(catalogue, [A], FIRST);
      const run = await catalogue.imports.start("test", SECOND);
      await catalogue.imports.stagePage(run.id, {
        trainings: [],
        counts: countRecords(NOTHING_READ, 0, ["cle_absente"]),
        cursor: null,
      });
      await catalogue.imports.refuseEmpty(run.id, SECOND);
      expect(await catalogue.imports.unfinished("test")).toBeNull();
      expect((await catalogue.store.findListed(trainingIdOf("A")))?.updatedAt).toEqual(FIRST);
    });

    it("flags in the feed a training that lost its Qualiopi certification, in update order after a cursor", async () => {
      const catalogue = await factory();
      await importNow(catalogue, [A, B, C], FIRST);
      await importNow(catalogue, [A, { ...B, qualiopi: false }, C], SECOND);
      const { store } = catalogue;
      const after = await store.changedAfter({ updatedAt: FIRST, id: trainingIdOf("A") }, 10);
      expect(after.map((entry) => [entry.training.catalogueKey, entry.status])).toEqual([
        ["C", "active"],
        ["B", "removed"],
      ]);
      expect(await store.changedAfter({ updatedAt: SECOND, id: trainingIdOf("B") }, 10)).toEqual([]);
      expect((await store.changedAfter(null, 1)).length).toBe(1);
    });
  });
}
