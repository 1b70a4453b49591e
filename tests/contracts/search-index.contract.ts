import { describe, expect, it } from "vitest";
import type { SearchEntry } from "../../src/domain/search/search-entry.ts";
import type { RomeCode } from "../../src/domain/shared/rome-code.ts";
import { aJobSearchQuery, aSearchEntry, type SearchReadModelFactory } from "../support/search-builders.ts";

const D1104 = "D1104" as RomeCode;
const idsOf = (found: { hits: readonly { entry: SearchEntry }[] }) => found.hits.map((hit) => hit.entry.id);
const company = (id: string, overrides: Partial<SearchEntry> & { km?: number } = {}) =>
  aSearchEntry({ kind: "company", id, ...overrides });

export function searchIndexContract(name: string, factory: SearchReadModelFactory): void {
  describe(`SearchIndex contract — ${name}`, () => {
    it("replaces an entry put again with the same kind and id, its ROME codes included", async () => {
      const { index, reader } = await factory();
      await index.put([aSearchEntry({ id: "o-1", title: "Boulanger" })]);
      await index.put([aSearchEntry({ id: "o-1", title: "Pâtissier", romeCodes: [D1104], km: 4 })]);
      expect(idsOf(await reader.search(aJobSearchQuery()))).toEqual([]);
      const found = await reader.search(aJobSearchQuery({ romeCodes: [D1104] }));
      expect(found.hits.map((hit) => [hit.entry.title, hit.distanceKm])).toEqual([["Pâtissier", 4]]);
      expect(found.totals.offers).toBe(1);
    });

    it("keeps any text as given: quotes, backslashes, commas, braces, the word NULL", async () => {
      const { index, reader } = await factory();
      const odd = aSearchEntry({
        id: 'o-"odd", {1}',
        title: 'Boulanger "de nuit", {équipe} \\ 100 %',
        companyName: "NULL",
        place: { city: "L'Haÿ-les-Roses", postcode: null, latitude: 48.78, longitude: 2.3376 },
        applyUrl: "https://example.test/?a=1&b={2}",
        website: "\\\\server\\share",
      });
      await index.put([odd]);
      expect((await reader.search(aJobSearchQuery())).hits.map((hit) => hit.entry)).toEqual([odd]);
    });

    it("appends companies with any text as given: tabs, newlines, backslashes, quotes, braces, NULL", async () => {
      const { index, reader } = await factory();
      const odd = company("40000000000301", {
        title: 'Boulangerie\t"de nuit"\n{équipe} \\N \\ 100 %\r',
        companyName: "NULL",
        place: { city: "L'Haÿ-les-Roses\\", postcode: "\\N", latitude: 48.78, longitude: 2.3376 },
        phone: "\t",
        website: "\\\\server\\share",
      });
      const generation = await index.beginCompanyGeneration();
      await index.appendToCompanyGeneration(generation, [odd]);
      await index.publishCompanyGeneration(generation);
      expect((await reader.search(aJobSearchQuery())).hits.map((hit) => hit.entry)).toEqual([odd]);
    });

    it("keeps kinds apart: an offer and a partner offer may share an id", async () => {
      const { index, reader } = await factory();
      await index.put([aSearchEntry({ id: "same" }), aSearchEntry({ id: "same", kind: "partner_offer" })]);
      await index.remove("offer", ["same", "unknown"]);
      const found = await reader.search(aJobSearchQuery());
      expect(found.hits.map((hit) => hit.entry.kind)).toEqual(["partner_offer"]);
    });

    it("takes removed items out of search, and ignores unknown or no ids", async () => {
      const { index, reader } = await factory();
      await index.put([aSearchEntry({ id: "o-1" }), aSearchEntry({ id: "o-2", km: 2 })]);
      await index.remove("offer", ["o-1", "never-put"]);
      await index.remove("offer", []);
      expect(idsOf(await reader.search(aJobSearchQuery()))).toEqual(["o-2"]);
    });

    it("finds no company before any is put or published", async () => {
      const { index, reader } = await factory();
      const generation = await index.beginCompanyGeneration();
      await index.appendToCompanyGeneration(generation, [company("40000000000101")]);
      expect((await reader.search(aJobSearchQuery())).totals.companies).toBe(0);
    });

    it("shows a new company generation only once published, at once, then drops the stale ones", async () => {
      const { index, reader } = await factory();
      const first = await index.beginCompanyGeneration();
      await index.appendToCompanyGeneration(first, [company("40000000000101"), company("40000000000102")]);
      await index.publishCompanyGeneration(first);
      const second = await index.beginCompanyGeneration();
      expect(second).toBeGreaterThan(first);
      await index.appendToCompanyGeneration(second, [company("40000000000102", { km: 3 })]);
      await index.appendToCompanyGeneration(second, [company("40000000000103", { km: 2 })]);
      expect(idsOf(await reader.search(aJobSearchQuery()))).toEqual(["40000000000101", "40000000000102"]);
      await index.publishCompanyGeneration(second);
      expect(idsOf(await reader.search(aJobSearchQuery()))).toEqual(["40000000000103", "40000000000102"]);
      await index.dropStaleCompanyGenerations();
      expect(idsOf(await reader.search(aJobSearchQuery()))).toEqual(["40000000000103", "40000000000102"]);
      expect(await index.beginCompanyGeneration()).toBeGreaterThan(second);
    });

    it("drops a generation an import left unpublished, keeping the live one", async () => {
      const { index, reader } = await factory();
      const live = await index.beginCompanyGeneration();
      await index.appendToCompanyGeneration(live, [company("40000000000101")]);
      await index.publishCompanyGeneration(live);
      const dead = await index.beginCompanyGeneration();
      await index.appendToCompanyGeneration(dead, [company("40000000000109")]);
      await index.dropStaleCompanyGenerations();
      await index.publishCompanyGeneration(dead);
      expect(idsOf(await reader.search(aJobSearchQuery()))).toEqual([]);
    });

    it("removes a company from every generation, the one being filled included", async () => {
      const { index, reader } = await factory();
      const live = await index.beginCompanyGeneration();
      await index.appendToCompanyGeneration(live, [company("40000000000101"), company("40000000000102", { km: 2 })]);
      await index.publishCompanyGeneration(live);
      const next = await index.beginCompanyGeneration();
      await index.appendToCompanyGeneration(next, [company("40000000000101"), company("40000000000102", { km: 2 })]);
      await index.remove("company", ["40000000000101"]);
      expect(idsOf(await reader.search(aJobSearchQuery()))).toEqual(["40000000000102"]);
      await index.publishCompanyGeneration(next);
      expect(idsOf(await reader.search(aJobSearchQuery()))).toEqual(["40000000000102"]);
    });

    it("puts a company in the live generation (generation 0 becomes live when none is yet)", async () => {
      const { index, reader } = await factory();
      await index.put([company("40000000000201", { phone: "0102030405" })]);
      expect(idsOf(await reader.search(aJobSearchQuery()))).toEqual(["40000000000201"]);
      const next = await index.beginCompanyGeneration();
      await index.appendToCompanyGeneration(next, [company("40000000000202")]);
      await index.put([company("40000000000201", { phone: "0607080910" })]);
      const found = await reader.search(aJobSearchQuery());
      expect(found.hits.map((hit) => [hit.entry.id, hit.entry.phone])).toEqual([["40000000000201", "0607080910"]]);
      await index.publishCompanyGeneration(next);
      expect(idsOf(await reader.search(aJobSearchQuery()))).toEqual(["40000000000202"]);
    });

    it("appends thousands of companies in one call, each found by each of its codes", async () => {
      const { index, reader } = await factory();
      const generation = await index.beginCompanyGeneration();
      const many = Array.from({ length: 5_000 }, (_, i) =>
        company(String(41_000_000_000_000 + i), {
          km: (i % 100) / 10,
          importRank: i,
          romeCodes: ["D1102", "D1104"] as RomeCode[],
        }),
      );
      await index.appendToCompanyGeneration(generation, many);
      await index.publishCompanyGeneration(generation);
      const found = await reader.search(aJobSearchQuery({ limit: 3 }));
      expect(found.totals.companies).toBe(5_000);
      expect(idsOf(found)).toEqual(["41000000000000", "41000000000100", "41000000000200"]);
      const byOther = await reader.search(aJobSearchQuery({ romeCodes: [D1104], limit: 1 }));
      expect(byOther.totals.companies).toBe(5_000);
    });
  });
}
