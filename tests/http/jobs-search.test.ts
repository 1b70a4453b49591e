import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../../src/adapters/postgres/database.ts";
import { searchItemRomes, searchItems, searchLiveGenerations } from "../../src/adapters/postgres/schema.ts";
import type { SearchEntry } from "../../src/domain/search/search-entry.ts";
import type { RomeCode } from "../../src/domain/shared/rome-code.ts";
import { createSearchTestApp } from "../support/search-app.ts";
import { aSearchEntry, northOf, PARIS } from "../support/search-builders.ts";
import { createTestDatabase } from "../support/test-database.ts";

let database: DatabaseHandle;
let world: Awaited<ReturnType<typeof createSearchTestApp>>;
beforeAll(async () => {
  database = await createTestDatabase();
  world = await createSearchTestApp(database);
}, 60_000);
afterAll(() => database.close());
beforeEach(async () => {
  for (const table of [searchItemRomes, searchItems, searchLiveGenerations]) await database.db.delete(table);
  world.clock.set("2026-11-02T08:00:00Z");
});

const AROUND_PARIS = `latitude=${PARIS.latitude}&longitude=${PARIS.longitude}`;
const search = (query: string) => world.get(`/api/v1/jobs/search?${query}`);
type Item = { kind: string; id: string; distanceKm: number };
const ids = (body: { items: Item[] }) => body.items.map((item) => item.id);
const day = (date: string) => new Date(`${date}T08:00:00Z`);

/** Two of each kind; companies nearest, ties inside each kind. */
const MIXED: SearchEntry[] = [
  aSearchEntry({ id: "o-2", km: 8 }),
  aSearchEntry({ id: "o-1", km: 3 }),
  aSearchEntry({ id: "p-old", kind: "partner_offer", km: 2, createdAt: day("2026-08-01") }),
  aSearchEntry({
    id: "p-new",
    kind: "partner_offer",
    km: 2,
    createdAt: day("2026-10-01"),
    canApply: false,
    applyUrl: "https://candidat.francetravail.fr/offres/recherche/detail/201XYZ",
  }),
  aSearchEntry({
    id: "40000000000902",
    kind: "company",
    km: 0.4,
    importRank: 1,
    phone: "0102030405",
    website: "https://fournil.example",
  }),
  aSearchEntry({ id: "40000000000901", kind: "company", km: 0.4, importRank: 2, canApply: false }),
];
const MIXED_ORDER = ["o-1", "o-2", "p-new", "p-old", "40000000000902", "40000000000901"];

describe("GET /api/v1/jobs/search", () => {
  it("answers the FAQ's order with distances, totals and each kind's fields", async () => {
    await world.index.put(MIXED);
    const { status, body } = await search(`romes=D1102&${AROUND_PARIS}`);
    expect(status).toBe(200);
    expect(ids(body)).toEqual(MIXED_ORDER);
    expect(body).toMatchObject({ page: 1, pageSize: 50, totals: { offers: 2, partnerOffers: 2, companies: 2 } });
    expect(body.items[0]).toEqual({
      kind: "offer",
      id: "o-1",
      title: "Boulanger / Boulangère",
      romeCodes: ["D1102"],
      companyName: "Boulangerie des tests (démo)",
      place: { city: "Paris", postcode: "75004", ...northOf(PARIS, 3) },
      distanceKm: 3,
      canApply: true,
      createdAt: "2026-10-01T08:00:00.000Z",
    });
    expect(body.items[2]).toMatchObject({
      kind: "partner_offer",
      canApply: false,
      applyUrl: expect.stringContaining("francetravail"),
    });
    expect(body.items[4]).toEqual(
      expect.objectContaining({
        kind: "company",
        phone: "0102030405",
        website: "https://fournil.example",
        distanceKm: 0.4,
      }),
    );
    expect(body.items[4]).not.toHaveProperty("createdAt");
    expect(body.items[5]).not.toHaveProperty("phone");
  });

  it("continues each page exactly where the previous one stopped, at every kind boundary", async () => {
    await world.index.put(MIXED);
    for (const pageSize of [1, 2, 3, 4, 5]) {
      const seen: string[] = [];
      for (let page = 1; (page - 1) * pageSize < MIXED_ORDER.length; page++) {
        const { body } = await search(`romes=D1102&${AROUND_PARIS}&page=${page}&pageSize=${pageSize}`);
        expect(body).toMatchObject({ page, pageSize, totals: { offers: 2, partnerOffers: 2, companies: 2 } });
        seen.push(...ids(body));
      }
      expect(seen, `pages of ${pageSize}`).toEqual(MIXED_ORDER);
    }
  });

  it("filters by diploma level and contract type, never the companies", async () => {
    await world.index.put([
      aSearchEntry({ id: "level-4", diplomaLevel: "4", contractTypes: ["professionnalisation"] }),
      aSearchEntry({ id: "level-5", km: 2, diplomaLevel: "5", contractTypes: ["apprentissage"] }),
      aSearchEntry({ id: "any", km: 3, diplomaLevel: null, contractTypes: null }),
      aSearchEntry({ id: "40000000000903", kind: "company" }),
    ]);
    expect(ids((await search(`romes=D1102&${AROUND_PARIS}&diplomaLevel=4`)).body)).toEqual([
      "level-4",
      "any",
      "40000000000903",
    ]);
    expect(ids((await search(`romes=D1102&${AROUND_PARIS}&contractType=apprentissage`)).body)).toEqual([
      "level-5",
      "any",
      "40000000000903",
    ]);
  });

  it("finds within the radius only, 30 km by default, up to 200", async () => {
    await world.index.put([
      aSearchEntry({ id: "near", km: 0.9 }),
      aSearchEntry({ id: "mid", km: 29 }),
      aSearchEntry({ id: "far", km: 150 }),
    ]);
    expect(ids((await search(`romes=D1102&${AROUND_PARIS}`)).body)).toEqual(["near", "mid"]);
    expect(ids((await search(`romes=D1102&${AROUND_PARIS}&radius=1`)).body)).toEqual(["near"]);
    expect(ids((await search(`romes=D1102&${AROUND_PARIS}&radius=200`)).body)).toEqual(["near", "mid", "far"]);
  });

  it("finds a sub-fiche's entry by its parent code (D1108 under D1102), by INSEE code or postcode", async () => {
    await world.index.put([aSearchEntry({ id: "chef", romeCodes: ["D1108" as RomeCode] })]);
    expect(ids((await search("romes=D1102&insee=75056")).body)).toEqual(["chef"]);
    expect(ids((await search("romes=d1102&postcode=75004")).body)).toEqual(["chef"]);
    expect(ids((await search("romes=D1104&insee=75056")).body)).toEqual([]);
  });

  it("no longer finds an offer once expired, nor one removed between two searches", async () => {
    await world.index.put([
      aSearchEntry({ id: "expiring", expiresAt: new Date("2026-11-02T09:00:00Z") }),
      aSearchEntry({ id: "closed", km: 2 }),
      aSearchEntry({ id: "expired", km: 3, expiresAt: new Date("2026-11-01T00:00:00Z") }),
    ]);
    expect(ids((await search(`romes=D1102&${AROUND_PARIS}`)).body)).toEqual(["expiring", "closed"]);
    await world.index.remove("offer", ["closed"]);
    world.clock.advance(60 * 60 * 1000);
    expect((await search(`romes=D1102&${AROUND_PARIS}`)).body).toMatchObject({ items: [], totals: { offers: 0 } });
  });

  it.each([
    ["no place", "romes=D1102", "place"],
    ["two places", "romes=D1102&insee=75056&postcode=75004", "place"],
    ["a half pair", `romes=D1102&latitude=${PARIS.latitude}`, "longitude"],
    ["no romes", AROUND_PARIS, "romes"],
    ["a malformed code", `romes=D11&${AROUND_PARIS}`, "romes.0"],
    ["21 codes", `romes=${Array.from({ length: 21 }, () => "D1102").join(",")}&${AROUND_PARIS}`, "romes"],
    ["a radius of 0", `romes=D1102&${AROUND_PARIS}&radius=0`, "radius"],
    ["a radius of 201", `romes=D1102&${AROUND_PARIS}&radius=201`, "radius"],
    ["an unknown diploma level", `romes=D1102&${AROUND_PARIS}&diplomaLevel=2`, "diplomaLevel"],
    ["an unknown contract type", `romes=D1102&${AROUND_PARIS}&contractType=cdi`, "contractType"],
    ["a page 0", `romes=D1102&${AROUND_PARIS}&page=0`, "page"],
    ["a page size of 201", `romes=D1102&${AROUND_PARIS}&pageSize=201`, "pageSize"],
  ])("answers 400 VALIDATION_FAILED in French for %s", async (_, query, path) => {
    const { status, body } = await search(query);
    expect(status).toBe(400);
    expect(body).toMatchObject({ code: "VALIDATION_FAILED", status: 400 });
    expect(body.errors.map((error: { path: string }) => error.path)).toContain(path);
  });

  it("answers 400 PLACE_UNKNOWN for an unknown INSEE code and ROME_UNKNOWN for an unknown ROME code", async () => {
    const place = await search("romes=D1102&insee=99999");
    expect(place).toMatchObject({ status: 400, body: { code: "PLACE_UNKNOWN", errors: [{ path: "insee" }] } });
    expect(place.body.detail).toContain("99999");
    const rome = await search(`romes=D1102,A9999&${AROUND_PARIS}`);
    expect(rome).toMatchObject({ status: 400, body: { code: "ROME_UNKNOWN" } });
    expect(rome.body.detail).toContain("A9999");
  });

  it("is described in /openapi.json", async () => {
    const { body } = await world.get("/openapi.json");
    expect(Object.keys(body.paths["/api/v1/jobs/search"])).toEqual(["get"]);
  });
});
