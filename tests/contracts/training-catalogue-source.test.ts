import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { toCatalogueRecord } from "../../src/adapters/carif-oref/catalogue-record.ts";
import { createCarifOrefCatalogueSource } from "../../src/adapters/carif-oref/catalogue-source.carif-oref.ts";
import {
  createDemoCatalogueSource,
  DEMO_CATALOGUE_FIXTURES,
  demoCatalogueEstablishments,
} from "../../src/adapters/carif-oref/demo-catalogue.ts";
import { DEMO_SIRETS } from "../../src/adapters/memory/fixtures/establishments.ts";
import { createMemoryCatalogueSource } from "../../src/adapters/memory/training-catalogue-source.memory.ts";
import {
  type CataloguePage,
  type CatalogueRecord,
  CatalogueUnavailable,
} from "../../src/application/training/ports.ts";
import { eligibilityOf } from "../../src/domain/recruiter/eligibility.ts";
import { parseSiret } from "../../src/domain/shared/siret.ts";
import { aCatalogueWireRecord, someCatalogueWireRecords } from "../support/carif-oref-records.ts";
import { type CarifOrefStub, startCarifOrefStub } from "../support/carif-oref-stub.ts";
import { trainingCatalogueSourceContract } from "./training-catalogue-source.contract.ts";

let stub: CarifOrefStub;
beforeAll(async () => {
  stub = await startCarifOrefStub([]);
});
afterAll(() => stub.close());
beforeEach(() => stub.reset());

const carifOref = (pageSize: number, timeoutMs = 2_000) =>
  createCarifOrefCatalogueSource({ baseUrl: `${stub.url}/`, timeoutMs, pageSize });

trainingCatalogueSourceContract("in-memory scripted pages", async ({ records, pageSize }) => {
  const mapped = records.map(toCatalogueRecord);
  const pages = Array.from({ length: Math.ceil(mapped.length / pageSize) }, (_, i) =>
    mapped.slice(i * pageSize, (i + 1) * pageSize),
  );
  const source = createMemoryCatalogueSource(pages);
  return { source, breakPage: (page) => source.failAtPage(page) };
});

trainingCatalogueSourceContract("Carif-Oref catalogue API, against a local stub", async ({ records, pageSize }) => {
  stub.setRecords(records);
  return { source: carifOref(pageSize), breakPage: (page) => stub.failPage({ page, status: 500 }) };
});

describe("Carif-Oref catalogue adapter: requests and failures", () => {
  it("asks for the published trainings of the general catalogue, page by page, with the page size as limit", async () => {
    stub.setRecords(someCatalogueWireRecords(3));
    await carifOref(2).page("2");
    expect(stub.requests).toEqual([
      {
        path: "/api/v1/entity/formations",
        page: 2,
        limit: 2,
        query: { published: true, catalogue_published: true },
      },
    ]);
  });

  it("never returns an unpublished training the API leaves out", async () => {
    stub.setRecords([aCatalogueWireRecord({ cle_ministere_educatif: "OFF", published: false })]);
    expect(await carifOref(10).page(null)).toEqual({ records: [], next: null, total: 0 });
  });

  it.each([
    ["a 503", { status: 503 }],
    ["an HTML page", { body: "html" as const }],
    ["a body that is not a page", { body: "wrong-shape" as const }],
  ])("throws CatalogueUnavailable on %s", async (_label, how) => {
    stub.setRecords(someCatalogueWireRecords(1));
    stub.failPage({ page: 1, ...how });
    await expect(carifOref(10).page(null)).rejects.toThrow(CatalogueUnavailable);
  });

  it("throws CatalogueUnavailable when the page does not come within the timeout", async () => {
    stub.failPage({ page: 1, delayMs: 300 });
    await expect(carifOref(10, 50).page(null)).rejects.toThrow(CatalogueUnavailable);
  });

  it("throws CatalogueUnavailable when nothing listens", async () => {
    const source = createCarifOrefCatalogueSource({ baseUrl: "http://127.0.0.1:9", timeoutMs: 1_000, pageSize: 1 });
    await expect(source.page(null)).rejects.toThrow(CatalogueUnavailable);
  });

  it("uses the fetch it is given", async () => {
    const seen: string[] = [];
    const fetchSpy: typeof fetch = async (input) => {
      seen.push(String(input));
      return Response.json({
        formations: [],
        pagination: { page: "1", resultats_par_page: 5, nombre_de_page: 0, total: 0 },
      });
    };
    const source = createCarifOrefCatalogueSource({
      baseUrl: "https://catalogue.test",
      timeoutMs: 100,
      pageSize: 5,
      fetch: fetchSpy,
    });
    expect(await source.page(null)).toEqual({ records: [], next: null, total: 0 });
    expect(seen[0]).toMatch(/^https:\/\/catalogue\.test\/api\/v1\/entity\/formations\?query=.*&page=1&limit=5$/);
  });

  it("refuses a cursor it never gives", async () => {
    await expect(carifOref(10).page("next")).rejects.toThrow(RangeError);
  });
});

describe("offline demo catalogue (Parcoursup 2020, demo SIRETs)", () => {
  const at = (instant: string) => ({ now: () => new Date(instant) });

  async function everyRecord(clock = at("2026-11-02T08:00:00Z")) {
    const source = createDemoCatalogueSource({ pageSize: 1_000, clock });
    const records: CatalogueRecord[] = [];
    for (let cursor: string | null = null, first = true; first || cursor !== null; first = false) {
      const page: CataloguePage = await source.page(cursor);
      records.push(...page.records);
      cursor = page.next;
    }
    return records;
  }
  const trainingsOf = (records: readonly CatalogueRecord[]) =>
    records.flatMap((record) => (record.kind === "training" ? [record.training] : []));

  it("keeps all 4,357 trainings through the real mapping, under distinct keys", async () => {
    const records = await everyRecord();
    const trainings = trainingsOf(records);
    expect(records).toHaveLength(4_357);
    expect(trainings).toHaveLength(4_357);
    expect(new Set(trainings.map((training) => training.catalogueKey)).size).toBe(4_357);
  });

  it("lists the demo CFA with Qualiopi in Lyon with several trainings, and the two without Qualiopi", async () => {
    const trainings = trainingsOf(await everyRecord());
    const of = (siret: string) => trainings.filter((training) => training.formateur.siret === siret);
    const lyon = of(DEMO_SIRETS.cfaQualiopi);
    expect(lyon.length).toBeGreaterThan(5);
    expect(lyon.every((training) => training.qualiopi && training.place?.city === "Lyon")).toBe(true);
    for (const siret of [DEMO_SIRETS.cfaNotQualiopi, DEMO_CATALOGUE_FIXTURES.cfaWithoutQualiopiInCatalogue]) {
      expect(of(siret).length).toBeGreaterThan(0);
      expect(of(siret).every((training) => !training.qualiopi)).toBe(true);
    }
    const withoutQualiopi = new Set(trainings.filter((t) => !t.qualiopi).map((t) => t.formateur.siret));
    expect(withoutQualiopi.size).toBeGreaterThanOrEqual(3);
  });

  it("starts the sessions next September, as of the clock", async () => {
    const [autumn] = trainingsOf(await everyRecord(at("2026-11-02T08:00:00Z")));
    const [spring] = trainingsOf(await everyRecord(at("2028-03-01T08:00:00Z")));
    expect(autumn?.sessions[0]?.start).toMatch(/^2027-09-/);
    expect(spring?.sessions[0]?.start).toMatch(/^2028-09-/);
  });

  it("gives every formateur as an open, diffusible education establishment (cfa_only) for the offline directory", () => {
    const establishments = demoCatalogueEstablishments();
    const sirets = establishments.map((establishment) => establishment.siret as string);
    expect(new Set(sirets).size).toBe(sirets.length);
    expect(sirets).toEqual(
      expect.arrayContaining([
        DEMO_SIRETS.cfaQualiopi,
        DEMO_SIRETS.cfaNotQualiopi,
        DEMO_CATALOGUE_FIXTURES.cfaWithoutQualiopiInCatalogue,
      ]),
    );
    for (const establishment of establishments) {
      expect(parseSiret(establishment.siret).ok).toBe(true);
      expect(eligibilityOf(establishment)).toBe("cfa_only");
      expect(establishment.open).toBe(true);
    }
  });

  it("uses generated SIRETs that none of the offline INSEE directory's other demo establishments holds", () => {
    const catalogue = new Set(demoCatalogueEstablishments().map((establishment) => establishment.siret as string));
    const { cfaQualiopi, cfaNotQualiopi, ...others } = DEMO_SIRETS;
    expect(Object.values(others).filter((siret) => catalogue.has(siret))).toEqual([]);
  });
});
