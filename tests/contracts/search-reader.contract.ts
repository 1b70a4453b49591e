import { describe, expect, it } from "vitest";
import type { JobSearchQuery } from "../../src/application/search/ports.ts";
import { kmBetween } from "../../src/domain/search/great-circle.ts";
import type { SearchEntry } from "../../src/domain/search/search-entry.ts";
import type { GeoPoint } from "../../src/domain/shared/geo-point.ts";
import type { RomeCode } from "../../src/domain/shared/rome-code.ts";
import { aJobSearchQuery, aSearchEntry, PARIS, type SearchReadModelFactory } from "../support/search-builders.ts";

const D1104 = "D1104" as RomeCode;
const at = (latitude: number, longitude: number) => ({ city: null, postcode: null, latitude, longitude });
const day = (date: string) => new Date(`${date}T08:00:00Z`);

/** Three of each kind, companies nearer than every offer, with ties inside each kind. */
function mixedEntries(): SearchEntry[] {
  return [
    aSearchEntry({ id: "o-far", km: 20 }),
    aSearchEntry({ id: "o-near-old", km: 5, createdAt: day("2026-09-01") }),
    aSearchEntry({ id: "o-near-new", km: 5, createdAt: day("2026-10-15") }),
    aSearchEntry({ id: "p-b", kind: "partner_offer", km: 3, createdAt: day("2026-10-01") }),
    aSearchEntry({ id: "p-a", kind: "partner_offer", km: 3, createdAt: day("2026-10-01") }),
    aSearchEntry({ id: "p-far", kind: "partner_offer", km: 25, createdAt: day("2026-10-30") }),
    aSearchEntry({ id: "40000000000003", kind: "company", km: 0.5, importRank: 7 }),
    aSearchEntry({ id: "40000000000002", kind: "company", km: 0.5, importRank: 7 }),
    aSearchEntry({ id: "40000000000001", kind: "company", km: 0.5, importRank: 9 }),
  ];
}
const MIXED_ORDER = [
  "o-near-new",
  "o-near-old",
  "o-far",
  "p-a",
  "p-b",
  "p-far",
  "40000000000002",
  "40000000000003",
  "40000000000001",
];

const idsOf = (hits: readonly { entry: SearchEntry }[]) => hits.map((hit) => hit.entry.id);

export function searchReaderContract(name: string, factory: SearchReadModelFactory): void {
  describe(`SearchReader contract — ${name}`, () => {
    it("orders offers, then partner offers, then companies, each by distance with the contract's ties", async () => {
      const { index, reader } = await factory();
      await index.put(mixedEntries());
      const found = await reader.search(aJobSearchQuery());
      expect(idsOf(found.hits)).toEqual(MIXED_ORDER);
      expect(found.totals).toEqual({ offers: 3, partnerOffers: 3, companies: 3 });
      expect(found.hits.map((hit) => hit.distanceKm)).toEqual([5, 5, 20, 3, 3, 25, 0.5, 0.5, 0.5]);
    });

    it("cuts pages through that single order exactly, at every size and so at every kind boundary", async () => {
      const { index, reader } = await factory();
      await index.put(mixedEntries());
      for (let limit = 1; limit <= MIXED_ORDER.length; limit++) {
        const pages: string[] = [];
        for (let offset = 0; offset < MIXED_ORDER.length + limit; offset += limit) {
          const page = await reader.search(aJobSearchQuery({ offset, limit }));
          expect(page.totals).toEqual({ offers: 3, partnerOffers: 3, companies: 3 });
          pages.push(...idsOf(page.hits));
        }
        expect(pages, `pages of ${limit}`).toEqual(MIXED_ORDER);
      }
    });

    it("answers the totals with an empty page past the end, and zeros when nothing matches", async () => {
      const { index, reader } = await factory();
      await index.put(mixedEntries());
      const past = await reader.search(aJobSearchQuery({ offset: 50 }));
      expect(past).toEqual({ hits: [], totals: { offers: 3, partnerOffers: 3, companies: 3 } });
      const none = await reader.search(aJobSearchQuery({ romeCodes: ["A1101" as RomeCode] }));
      expect(none).toEqual({ hits: [], totals: { offers: 0, partnerOffers: 0, companies: 0 } });
    });

    it("gives back every field of an entry, its distance great-circle and rounded to 0.1 km", async () => {
      const { index, reader } = await factory();
      const entry = aSearchEntry({
        id: "o-full",
        title: "Pâtissier / Pâtissière",
        romeCodes: ["D1104" as RomeCode, "D1102" as RomeCode],
        companyName: "Pâtisserie Éclair (démo)",
        place: { city: "Vincennes", postcode: "94300", latitude: 48.8474, longitude: 2.4396 },
        diplomaLevel: "4",
        contractTypes: ["apprentissage", "professionnalisation"],
        createdAt: new Date("2026-10-20T09:30:12.345Z"),
        expiresAt: new Date("2026-12-31T23:00:00Z"),
        canApply: false,
        applyUrl: "https://candidat.francetravail.fr/offres/recherche/detail/123ABC",
        phone: "0102030405",
        website: "https://eclair.example",
      });
      await index.put([entry]);
      const [hit] = (await reader.search(aJobSearchQuery())).hits;
      expect(hit?.entry).toEqual(entry);
      expect(hit?.distanceKm).toBe(Math.round(kmBetween(PARIS, entry.place) * 10) / 10);
      expect(hit?.distanceKm).toBe(6.6);
    });

    it("finds what lies within the radius and not beyond, the bound itself included", async () => {
      const { index, reader } = await factory();
      // Paris lies in the half-degree strip 2°–2.5° (the read model's longitude_strip): east-in and west-in lie in
      // the strips beside it, 22 and 29 km away.
      await index.put([
        aSearchEntry({ id: "in", km: 29.9 }),
        aSearchEntry({ id: "out", km: 30.1 }),
        aSearchEntry({ id: "east-out", place: at(PARIS.latitude, PARIS.longitude + 0.5) }),
        aSearchEntry({ id: "east-in", place: at(PARIS.latitude, PARIS.longitude + 0.3) }),
        aSearchEntry({ id: "west-in", place: at(PARIS.latitude, PARIS.longitude - 0.4) }),
      ]);
      expect(idsOf((await reader.search(aJobSearchQuery())).hits)).toEqual(["east-in", "west-in", "in"]);
      expect(idsOf((await reader.search(aJobSearchQuery({ radiusKm: 1 }))).hits)).toEqual([]);
      expect(idsOf((await reader.search(aJobSearchQuery({ radiusKm: 200 }))).hits)).toEqual([
        "east-in",
        "west-in",
        "in",
        "out",
        "east-out",
      ]);
    });

    it("filters by diploma level: that level and any level, companies never", async () => {
      const { index, reader } = await factory();
      await index.put([
        aSearchEntry({ id: "level-4", km: 1, diplomaLevel: "4" }),
        aSearchEntry({ id: "level-5", km: 2, diplomaLevel: "5" }),
        aSearchEntry({ id: "any-level", km: 3, diplomaLevel: null }),
        aSearchEntry({ id: "p-level-5", kind: "partner_offer", diplomaLevel: "5" }),
        aSearchEntry({ id: "40000000000010", kind: "company", diplomaLevel: "5" }),
      ]);
      const found = await reader.search(aJobSearchQuery({ diplomaLevel: "4" }));
      expect(idsOf(found.hits)).toEqual(["level-4", "any-level", "40000000000010"]);
      expect(found.totals).toEqual({ offers: 2, partnerOffers: 0, companies: 1 });
    });

    it("filters by contract type: entries proposing it and entries saying none, companies never", async () => {
      const { index, reader } = await factory();
      await index.put([
        aSearchEntry({ id: "apprentissage", km: 1, contractTypes: ["apprentissage"] }),
        aSearchEntry({ id: "both", km: 2, contractTypes: ["apprentissage", "professionnalisation"] }),
        aSearchEntry({ id: "pro", km: 3, contractTypes: ["professionnalisation"] }),
        aSearchEntry({ id: "unsaid", km: 4, contractTypes: null }),
        aSearchEntry({ id: "40000000000011", kind: "company", contractTypes: ["apprentissage"] }),
      ]);
      const pro = await reader.search(aJobSearchQuery({ contractType: "professionnalisation" }));
      expect(idsOf(pro.hits)).toEqual(["both", "pro", "unsaid", "40000000000011"]);
      const apprenticeship = await reader.search(aJobSearchQuery({ contractType: "apprentissage" }));
      expect(idsOf(apprenticeship.hits)).toEqual(["apprentissage", "both", "unsaid", "40000000000011"]);
    });

    it("no longer finds an entry from its expiry instant on", async () => {
      const { index, reader } = await factory();
      const now = new Date("2026-11-02T08:00:00Z");
      await index.put([
        aSearchEntry({ id: "expired", km: 1, expiresAt: now }),
        aSearchEntry({ id: "expires-later", km: 2, expiresAt: new Date(now.getTime() + 1) }),
        aSearchEntry({ id: "never", km: 3, expiresAt: null }),
      ]);
      expect(idsOf((await reader.search(aJobSearchQuery({ now }))).hits)).toEqual(["expires-later", "never"]);
    });

    it("counts an item matched by several of the codes once", async () => {
      const { index, reader } = await factory();
      await index.put([
        aSearchEntry({ id: "both-codes", romeCodes: ["D1102" as RomeCode, D1104] }),
        aSearchEntry({ id: "40000000000012", kind: "company", romeCodes: [D1104, "D1102" as RomeCode] }),
        aSearchEntry({ id: "other-code", romeCodes: [D1104], km: 2 }),
      ]);
      const found = await reader.search(aJobSearchQuery({ romeCodes: ["D1102" as RomeCode, D1104] }));
      expect(idsOf(found.hits)).toEqual(["both-codes", "other-code", "40000000000012"]);
      expect(found.totals).toEqual({ offers: 2, partnerOffers: 0, companies: 1 });
    });

    it("finds across the antimeridian and next to a pole, where the longitude box wraps or vanishes", async () => {
      const { index, reader } = await factory();
      await index.put([
        aSearchEntry({ id: "fiji-west", place: at(-17.8, 179.95) }),
        aSearchEntry({ id: "fiji-east", place: at(-17.8, -179.9) }),
        aSearchEntry({ id: "pole-far-side", place: at(89.95, -178) }),
      ]);
      const fiji = await reader.search(aJobSearchQuery({ origin: { latitude: -17.8, longitude: 179.99 } as GeoPoint }));
      expect(idsOf(fiji.hits)).toEqual(["fiji-west", "fiji-east"]);
      expect(fiji.hits.map((hit) => hit.distanceKm)).toEqual([4.2, 11.7]);
      const pole = await reader.search(aJobSearchQuery({ origin: { latitude: 89.9, longitude: 2 } as GeoPoint }));
      expect(idsOf(pole.hits)).toEqual(["pole-far-side"]);
    });

    it("searches with several codes as one list (the use case widens them to sub-fiches)", async () => {
      const { index, reader } = await factory();
      await index.put([aSearchEntry({ id: "sub-fiche", romeCodes: ["D1108" as RomeCode] })]);
      const query: JobSearchQuery = aJobSearchQuery({ romeCodes: ["D1102", "D1108"] as RomeCode[] });
      expect(idsOf((await reader.search(query)).hits)).toEqual(["sub-fiche"]);
      expect((await reader.search(aJobSearchQuery())).hits).toEqual([]);
    });
  });
}
