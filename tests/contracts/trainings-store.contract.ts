import { describe, expect, it } from "vitest";
import type { GeoPoint } from "../../src/domain/shared/geo-point.ts";
import type { Siret } from "../../src/domain/shared/siret.ts";
import { type CatalogueTraining, trainingIdOf } from "../../src/domain/training/training.ts";
import type { TrainingSearchCriteria } from "../../src/domain/training/training-search.ts";
import { aCatalogueTraining, aTrainingEstablishment } from "../support/training-builders.ts";
import { importNow, type TrainingCatalogueFactory } from "./trainings-fixtures.ts";

/** Lyon's centre (test point); Villeurbanne ≈ 4 km east, Vienne ≈ 27 km south, Paris ≈ 390 km. */
const LYON = { latitude: 45.764, longitude: 4.8357 } as GeoPoint;
const at = (latitude: number, longitude: number) => ({
  street: null,
  postcode: null,
  city: "X",
  insee: null,
  latitude,
  longitude,
});
const NEAR = aCatalogueTraining({ catalogueKey: "NEAR", title: "CAP BOULANGER", place: at(45.766, 4.88) });
const NEAR_TWIN = aCatalogueTraining({
  catalogueKey: "NEAR-B",
  title: "BP BOULANGER",
  diplomaLevel: "4",
  place: at(45.766, 4.88),
});
const MID = aCatalogueTraining({
  catalogueKey: "MID",
  title: "MC BOULANGERIE",
  diplomaLevel: null,
  place: at(45.525, 4.874),
});
const FAR = aCatalogueTraining({ catalogueKey: "FAR", title: "CAP BOULANGER PARIS", place: at(48.8566, 2.3522) });
const NO_PLACE = aCatalogueTraining({ catalogueKey: "NOWHERE", title: "A DISTANCE", place: null });
const UNLISTED = aCatalogueTraining({ catalogueKey: "UNLISTED", qualiopi: false, place: at(45.764, 4.8357) });
const OTHER_TRADE = aCatalogueTraining({ catalogueKey: "OTHER", romeCodes: ["I1309"], place: at(45.764, 4.8357) });
const ALL = [NEAR, NEAR_TWIN, MID, FAR, NO_PLACE, UNLISTED, OTHER_TRADE];

const criteria = (overrides: Partial<TrainingSearchCriteria> = {}): TrainingSearchCriteria => ({
  romeCodes: ["D1102"],
  origin: LYON,
  radiusKm: 30,
  diplomaLevel: null,
  offset: 0,
  limit: 50,
  ...overrides,
});
const keys = (hits: readonly { training: CatalogueTraining }[]) => hits.map((hit) => hit.training.catalogueKey);

export function trainingStoreContract(name: string, factory: TrainingCatalogueFactory): void {
  describe(`TrainingStore contract — ${name}`, () => {
    it("finds listed trainings of the ROME codes within the radius, nearest first, then title, with distances", async () => {
      const { store, ...catalogue } = await factory();
      await importNow({ store, ...catalogue }, ALL, "2026-11-02T02:30:00Z");
      const found = await store.search(criteria());
      expect(keys(found.hits)).toEqual(["NEAR-B", "NEAR", "MID"]);
      expect(found.total).toBe(3);
      expect(found.hits.map((hit) => hit.distanceKm)).toEqual([3.4, 3.4, 26.8]);
      expect(found.hits[0]?.training).toMatchObject({ id: trainingIdOf("NEAR-B"), title: "BP BOULANGER" });
    });

    it("widens with the radius, filters the diploma level keeping trainings without one, and pages", async () => {
      const { store, ...catalogue } = await factory();
      await importNow({ store, ...catalogue }, ALL, "2026-11-02T02:30:00Z");
      expect(keys((await store.search(criteria({ radiusKm: 500 }))).hits)).toEqual(["NEAR-B", "NEAR", "MID", "FAR"]);
      expect(keys((await store.search(criteria({ diplomaLevel: "3" }))).hits)).toEqual(["NEAR", "MID"]);
      const second = await store.search(criteria({ offset: 1, limit: 1 }));
      expect({ keys: keys(second.hits), total: second.total }).toEqual({ keys: ["NEAR"], total: 3 });
      const past = await store.search(criteria({ offset: 10, limit: 5 }));
      expect({ keys: keys(past.hits), total: past.total }).toEqual({ keys: [], total: 3 });
    });

    it("without a place, lists every listed training of the codes by title then id, without distance", async () => {
      const { store, ...catalogue } = await factory();
      await importNow({ store, ...catalogue }, ALL, "2026-11-02T02:30:00Z");
      const found = await store.search(criteria({ origin: null }));
      expect(keys(found.hits)).toEqual(["NOWHERE", "NEAR-B", "NEAR", "FAR", "MID"]);
      expect(found.hits.every((hit) => hit.distanceKm === null)).toBe(true);
      expect(keys((await store.search(criteria({ romeCodes: ["I1309", "D1104"] }))).hits)).toEqual(["OTHER"]);
    });

    it("gives a listed training by id; null when unknown, not listed or removed", async () => {
      const { store, ...catalogue } = await factory();
      await importNow({ store, ...catalogue }, ALL, "2026-11-02T02:30:00Z");
      const id = trainingIdOf("NEAR");
      expect(await store.findListed(id)).toEqual({ ...NEAR, id, updatedAt: new Date("2026-11-02T02:30:00Z") });
      expect(await store.findListed(trainingIdOf("UNLISTED"))).toBeNull();
      expect(await store.findListed("unknown")).toBeNull();
      await importNow({ store, ...catalogue }, [NEAR_TWIN], "2026-11-03T02:30:00Z");
      expect(await store.findListed(id)).toBeNull();
      expect((await store.search(criteria())).total).toBe(1);
    });

    it("lists a formateur's listed trainings by title then id", async () => {
      const { store, ...catalogue } = await factory();
      await importNow({ store, ...catalogue }, ALL, "2026-11-02T02:30:00Z");
      const listed = (await store.listedOfFormateur("99100002700110" as Siret)).map(
        (training) => training.catalogueKey,
      );
      // NEAR and OTHER share their title: ids decide, byte-wise (trainingIdOf "OTHER" is "T1RI…", "NEAR" "TkVB…").
      expect(listed).toEqual(["NOWHERE", "NEAR-B", "OTHER", "NEAR", "FAR", "MID"]);
      expect(await store.listedOfFormateur("99100005000138" as Siret)).toEqual([]);
    });

    it("is empty until a first import, and stays not empty once trainings were removed", async () => {
      const { store, ...catalogue } = await factory();
      expect(await store.isEmpty()).toBe(true);
      await importNow({ store, ...catalogue }, [NEAR], "2026-11-02T02:30:00Z");
      await importNow({ store, ...catalogue }, [MID], "2026-11-03T02:30:00Z");
      await importNow({ store, ...catalogue }, [NEAR], "2026-11-04T02:30:00Z");
      expect(await store.isEmpty()).toBe(false);
    });
  });

  describe(`TrainingStore.findEstablishments contract — ${name}`, () => {
    const lyon = aTrainingEstablishment("99100002700110", { legalName: "CFA DES MÉTIERS DE BOUCHE", uai: "0693306U" });
    const vienne = aTrainingEstablishment("99100003500117", {
      legalName: "LYCÉE DES MÉTIERS",
      address: { street: "1 RUE", postcode: "38200", city: "VIENNE", insee: "38544" },
    });
    const noCert = aTrainingEstablishment("99100004300114", { legalName: "ECOLE BOUCHERIE SANS QUALIOPI" });
    const trainings = [
      aCatalogueTraining({
        catalogueKey: "L1",
        formateur: lyon,
        title: "CAP BOUCHER",
        rncp: "RNCP11111",
        cfd: "50022135",
      }),
      aCatalogueTraining({
        catalogueKey: "L2",
        formateur: lyon,
        title: "CAP CHARCUTIER TRAITEUR",
        rncp: "RNCP22222",
        qualiopi: false,
      }),
      aCatalogueTraining({
        catalogueKey: "V1",
        formateur: vienne,
        title: "BAC PRO BOUCHER CHARCUTIER",
        rncp: "RNCP33333",
        cfd: "40022106",
      }),
      aCatalogueTraining({
        catalogueKey: "N1",
        formateur: noCert,
        title: "CAP BOUCHER",
        rncp: "RNCP11111",
        qualiopi: false,
      }),
    ];
    const find = async (text: string, code = "", limit = 20) => {
      const { store, ...catalogue } = await factory();
      await importNow({ store, ...catalogue }, trainings, "2026-11-02T02:30:00Z");
      return store.findEstablishments({ text, code }, limit);
    };
    const sirets = (found: readonly { siret: string }[]) => found.map((match) => match.siret);

    it("finds an establishment by its UAI, once, described by all its trainings", async () => {
      const found = await find("0693306u", "0693306U");
      expect(found).toEqual([
        { siret: lyon.siret, name: lyon.legalName, uai: "0693306U", city: "LYON", qualiopi: true },
      ]);
    });

    it("puts exact RNCP or CFD matches first, and lists establishments without Qualiopi as such", async () => {
      expect(sirets(await find("rncp11111", "RNCP11111"))).toEqual([lyon.siret, noCert.siret]);
      expect((await find("rncp11111", "RNCP11111"))[1]).toMatchObject({ qualiopi: false });
      expect(sirets(await find("40022106", "40022106"))).toEqual([vienne.siret]);
    });

    it("matches legal names and training titles accent- and case-free: name start, then word start, then inside", async () => {
      // Lyon's "… des métiers de bouche" is only alike (trigrams), after Vienne's name starting with the query.
      expect(sirets(await find("lycee des metiers"))).toEqual([vienne.siret, lyon.siret]);
      expect(sirets(await find("boucher"))).toEqual([lyon.siret, noCert.siret, vienne.siret]);
      expect(sirets(await find("ecole"))).toEqual([noCert.siret]);
      expect(sirets(await find("charcut"))).toEqual([lyon.siret, vienne.siret]);
    });

    it("tolerates a typo through trigram likeness, finds nothing for unrelated text, and stops at the limit", async () => {
      expect(sirets(await find("metiers de bouhce"))).toEqual([lyon.siret]);
      expect(await find("zzzz qqqq")).toEqual([]);
      expect(sirets(await find("boucher", "", 2))).toEqual([lyon.siret, noCert.siret]);
    });
  });
}
