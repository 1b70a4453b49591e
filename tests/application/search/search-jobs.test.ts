import { describe, expect, it } from "vitest";
import type { JobSearchInput } from "../../../src/application/search/index.ts";
import type { RomeCode } from "../../../src/domain/shared/rome-code.ts";
import { aSearchEntry, PARIS } from "../../support/search-builders.ts";
import { searchOnFakes } from "../../support/search-fakes.ts";

const search = (overrides: Partial<JobSearchInput> = {}): JobSearchInput => ({
  romes: ["D1102"],
  place: { kind: "insee", insee: "75056" },
  radiusKm: 30,
  diplomaLevel: null,
  contractType: null,
  page: 1,
  pageSize: 50,
  ...overrides,
});

describe("searchJobs", () => {
  it("finds a sub-fiche's entries by its parent code, around a commune's centroid", async () => {
    const fakes = await searchOnFakes([
      aSearchEntry({ id: "chef", romeCodes: ["D1108" as RomeCode], km: 2 }),
      aSearchEntry({ id: "boulanger", km: 1 }),
      aSearchEntry({ id: "patissier", romeCodes: ["D1104" as RomeCode] }),
    ]);
    const result = await fakes.searchJobs(search());
    if (!result.ok) throw new Error(result.error.code);
    expect(result.value.items.map((hit) => [hit.entry.id, hit.distanceKm])).toEqual([
      ["boulanger", 1],
      ["chef", 2],
    ]);
    expect(result.value).toMatchObject({
      page: 1,
      pageSize: 50,
      totals: { offers: 2, partnerOffers: 0, companies: 0 },
    });
  });

  it("pages by page and page size, and centres a postcode or coordinates the same way", async () => {
    const fakes = await searchOnFakes([1, 2, 3].map((km) => aSearchEntry({ id: `o-${km}`, km })));
    const second = await fakes.searchJobs(
      search({ place: { kind: "postcode", postcode: "75004" }, page: 2, pageSize: 2 }),
    );
    expect(second.ok && second.value.items.map((hit) => hit.entry.id)).toEqual(["o-3"]);
    const byPoint = await fakes.searchJobs(search({ place: { kind: "point", point: PARIS } }));
    expect(byPoint.ok && byPoint.value.totals.offers).toBe(3);
  });

  it("hides an entry once its expiry instant has passed on the clock", async () => {
    const fakes = await searchOnFakes([aSearchEntry({ id: "soon", expiresAt: new Date("2026-11-02T09:00:00Z") })]);
    const before = await fakes.searchJobs(search());
    expect(before.ok && before.value.totals.offers).toBe(1);
    fakes.clock.advance(60 * 60 * 1000);
    const after = await fakes.searchJobs(search());
    expect(after.ok && after.value.totals.offers).toBe(0);
  });

  it("refuses an unknown ROME code or place, naming it", async () => {
    const fakes = await searchOnFakes();
    expect(await fakes.searchJobs(search({ romes: ["D1102", "A9999"] }))).toEqual({
      ok: false,
      error: { code: "ROME_UNKNOWN", romeCode: "A9999" },
    });
    expect(await fakes.searchJobs(search({ place: { kind: "insee", insee: "99999" } }))).toEqual({
      ok: false,
      error: { code: "PLACE_UNKNOWN", path: "insee", value: "99999" },
    });
  });
});
