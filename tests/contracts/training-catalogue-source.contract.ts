import { describe, expect, it } from "vitest";
import {
  type CataloguePage,
  CatalogueUnavailable,
  type TrainingCatalogueSource,
} from "../../src/application/training/ports.ts";
import { aMalformedWireRecord, someCatalogueWireRecords } from "../support/carif-oref-records.ts";

/** What the catalogue holds (in Carif-Oref wire records, which each side turns into its own input) and its page size. */
type CatalogueScenario = Readonly<{ records: readonly object[]; pageSize: number }>;

type CatalogueHarness = Readonly<{
  source: TrainingCatalogueSource;
  /** From now on, the page numbered `page` (from 1) cannot be fetched. */
  breakPage: (page: number) => void;
}>;

export type CatalogueSourceFactory = (scenario: CatalogueScenario) => Promise<CatalogueHarness>;

const keysOf = (page: CataloguePage) =>
  page.records.map((record) => (record.kind === "training" ? record.training.catalogueKey : `rejected:${record.key}`));

/**
 * TrainingCatalogueSource: pages in order until `next` is null, a cursor resumes where it points, a malformed record
 * is rejected with a reason while the others are kept, an unreachable page throws CatalogueUnavailable.
 */
export function trainingCatalogueSourceContract(name: string, factory: CatalogueSourceFactory) {
  describe(`TrainingCatalogueSource contract: ${name}`, () => {
    it("gives the pages in order, each naming the next, the last with next null", async () => {
      const { source } = await factory({ records: someCatalogueWireRecords(5), pageSize: 2 });
      const first = await source.page(null);
      const second = await source.page(first.next);
      const third = await source.page(second.next);
      expect([first, second, third].map((page) => [keysOf(page), page.next, page.total])).toEqual([
        [["K001", "K002"], "2", 5],
        [["K003", "K004"], "3", 5],
        [["K005"], null, 5],
      ]);
    });

    it("resumes at a cursor it gave, without reading the pages before", async () => {
      const { source } = await factory({ records: someCatalogueWireRecords(5), pageSize: 2 });
      const { next } = await source.page(null);
      expect(keysOf(await source.page(next))).toEqual(["K003", "K004"]);
      expect(keysOf(await source.page("3"))).toEqual(["K005"]);
    });

    it("rejects a malformed record with its key and a reason, and keeps the others of its page", async () => {
      const [a, b] = someCatalogueWireRecords(2);
      const { source } = await factory({
        records: [a as object, aMalformedWireRecord("BAD1"), b as object],
        pageSize: 10,
      });
      const page = await source.page(null);
      expect(keysOf(page)).toEqual(["K001", "rejected:BAD1", "K002"]);
      expect(page.records[1]).toEqual({ kind: "rejected", key: "BAD1", reason: "format_invalide" });
    });

    it("answers an empty catalogue with one empty last page", async () => {
      const { source } = await factory({ records: [], pageSize: 10 });
      expect(await source.page(null)).toMatchObject({ records: [], next: null });
    });

    it("throws CatalogueUnavailable for a page it cannot get, and still gives the others", async () => {
      const { source, breakPage } = await factory({ records: someCatalogueWireRecords(5), pageSize: 2 });
      breakPage(2);
      const first = await source.page(null);
      await expect(source.page(first.next)).rejects.toThrow(CatalogueUnavailable);
      expect(keysOf(await source.page("3"))).toEqual(["K005"]);
    });

    it("has a name to record with each import", async () => {
      const { source } = await factory({ records: [], pageSize: 1 });
      expect(source.name).toMatch(/^[a-z0-9-]+$/);
    });
  });
}
