import { describe, expect, it } from "vitest";
import { filterKeysOf, passesFilters } from "../../../src/domain/search/search-filters.ts";
import { compareOrderKeys, orderKeysOf, sortKeyOf } from "../../../src/domain/search/search-order.ts";
import { aSearchEntry } from "../../support/search-builders.ts";

const NOW = new Date("2026-11-02T08:00:00Z");
const noFilter = { diplomaLevel: null, contractType: null, now: NOW } as const;

describe("the single order of a jobs search", () => {
  it("puts every offer before partner offers before companies, then distance, newest, import rank, id", () => {
    const entries = [
      aSearchEntry({ id: "c-2", kind: "company", importRank: 2 }),
      aSearchEntry({ id: "c-1", kind: "company", importRank: 2 }),
      aSearchEntry({ id: "c-0", kind: "company", importRank: 1 }),
      aSearchEntry({ id: "p-old", kind: "partner_offer", createdAt: new Date("2026-01-01") }),
      aSearchEntry({ id: "p-new", kind: "partner_offer", createdAt: new Date("2026-06-01") }),
      aSearchEntry({ id: "o-undated", createdAt: null }),
      aSearchEntry({ id: "o-b", createdAt: new Date("2026-06-01") }),
      aSearchEntry({ id: "o-a", createdAt: new Date("2026-06-01") }),
    ];
    const sorted = entries.map((entry) => orderKeysOf(entry, 1)).sort(compareOrderKeys);
    expect(sorted.map((keys) => keys.id)).toEqual(["o-a", "o-b", "o-undated", "p-new", "p-old", "c-0", "c-1", "c-2"]);
    const nearCompany = orderKeysOf(aSearchEntry({ kind: "company" }), 0.5);
    const farOffer = orderKeysOf(aSearchEntry({ kind: "offer" }), 20);
    expect(compareOrderKeys(nearCompany, farOffer)).toBeGreaterThan(0);
  });

  it("ranks an unranked company after the ranked ones", () => {
    expect(sortKeyOf(aSearchEntry({ kind: "company", importRank: null }))).toBeGreaterThan(
      sortKeyOf(aSearchEntry({ kind: "company", importRank: 1_000_000 })),
    );
  });
});

describe("the filters of a jobs search", () => {
  it.each([
    ["level 4 keeps level 4", { diplomaLevel: "4" } as const, { diplomaLevel: "4" } as const, true],
    ["level 4 keeps any level", { diplomaLevel: "4" } as const, { diplomaLevel: null }, true],
    ["level 4 drops level 5", { diplomaLevel: "4" } as const, { diplomaLevel: "5" } as const, false],
    [
      "apprentissage keeps both",
      { contractType: "apprentissage" } as const,
      { contractTypes: ["apprentissage", "professionnalisation"] } as const,
      true,
    ],
    [
      "apprentissage drops professionnalisation only",
      { contractType: "apprentissage" } as const,
      { contractTypes: ["professionnalisation"] } as const,
      false,
    ],
    [
      "apprentissage keeps an unsaid contract",
      { contractType: "apprentissage" } as const,
      { contractTypes: null },
      true,
    ],
  ])("%s", (_, filter, entry, kept) => {
    expect(passesFilters(filterKeysOf(aSearchEntry(entry)), { ...noFilter, ...filter })).toBe(kept);
  });

  it("never filters companies by level or contract, and drops what expired at or before now", () => {
    const company = aSearchEntry({ kind: "company", diplomaLevel: "5", contractTypes: ["professionnalisation"] });
    expect(passesFilters(filterKeysOf(company), { diplomaLevel: "3", contractType: "apprentissage", now: NOW })).toBe(
      true,
    );
    expect(passesFilters(filterKeysOf(aSearchEntry({ expiresAt: NOW })), noFilter)).toBe(false);
    expect(passesFilters(filterKeysOf(aSearchEntry({ expiresAt: new Date(NOW.getTime() + 1) })), noFilter)).toBe(true);
  });
});
