import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMemoryEstablishmentDirectory } from "../../src/adapters/memory/establishment-directory.memory.ts";
import { DEMO_SIRETS } from "../../src/adapters/memory/fixtures/establishments.ts";
import type { DatabaseHandle } from "../../src/adapters/postgres/database.ts";
import { DEMO_SIRENE_ANSWERS } from "../support/sirene-demo-answers.ts";
import { type SireneStub, startSireneStub } from "../support/sirene-stub.ts";
import { createTestApp } from "../support/test-app.ts";
import { createTestDatabase } from "../support/test-database.ts";

let database: DatabaseHandle;
let app: ReturnType<typeof createTestApp>;
let stub: SireneStub;
beforeAll(async () => {
  database = await createTestDatabase();
  app = createTestApp(database);
  stub = await startSireneStub(DEMO_SIRENE_ANSWERS);
});
afterAll(async () => {
  await stub.close();
  await database.close();
});

const get = async (siret: string, on = app) => {
  const response = await on.request(`/api/v1/establishments/${encodeURIComponent(siret)}`);
  return { status: response.status, type: response.headers.get("content-type"), body: await response.json() };
};

describe("GET /api/v1/establishments/{siret} (offline directory)", () => {
  it("answers the demo bakery with its NAF label and its OPCO from IDCC 843", async () => {
    const { status, body } = await get(DEMO_SIRETS.companyOpen);
    expect(status).toBe(200);
    expect(body).toEqual({
      siret: DEMO_SIRETS.companyOpen,
      legalName: "BOULANGERIE DEMO DU VIEUX LYON",
      brand: "AU PAIN DE DEMONSTRATION",
      address: { street: "12 RUE SAINT-JEAN", postcode: "69005", city: "LYON", insee: "69123" },
      nafCode: "10.71C",
      nafLabel: "Boulangerie et boulangerie-pâtisserie",
      open: true,
      opco: { code: "EP", label: "Opco entreprises de proximité" },
      eligibility: "company",
    });
  });

  it.each([
    ["companyClosed", { open: false, eligibility: "company", opco: null }],
    ["companyEducationNaf", { open: true, eligibility: "cfa_only", nafLabel: "Formation continue d'adultes" }],
    ["cfaQualiopi", { eligibility: "cfa_only", opco: { code: "AKTO" } }],
    ["cfaNotQualiopi", { eligibility: "cfa_only", nafCode: "85.59A" }],
  ] as const)("answers %s", async (key, expected) => {
    const { status, body } = await get(DEMO_SIRETS[key]);
    expect(status).toBe(200);
    expect(body).toMatchObject(expected);
  });

  it("ignores the spaces of a SIRET typed in groups", async () => {
    expect((await get("991 000 019 00125")).body).toMatchObject({ siret: DEMO_SIRETS.companyOpen });
  });

  it.each([
    ["12345", "14 chiffres"],
    ["9910000190012A", "14 chiffres"],
    ["99100001900126", "clé de contrôle"],
  ])("answers 400 SIRET_INVALID in French for %s", async (siret, words) => {
    const { status, type, body } = await get(siret);
    expect(status).toBe(400);
    expect(type).toContain("application/problem+json");
    expect(body).toMatchObject({ status: 400, code: "SIRET_INVALID" });
    expect(body.detail).toContain(words);
  });

  it("answers 404 SIRET_UNKNOWN, mentioning recently created companies", async () => {
    const { status, body } = await get(DEMO_SIRETS.unknownSiret);
    expect(status).toBe(404);
    expect(body).toMatchObject({ code: "SIRET_UNKNOWN" });
    expect(body.detail).toContain("vient d'être créée");
  });

  it("answers 422 ESTABLISHMENT_NON_DIFFUSIBLE with INSEE's way out", async () => {
    const { status, body } = await get(DEMO_SIRETS.companyNonDiffusible);
    expect(status).toBe(422);
    expect(body).toMatchObject({ code: "ESTABLISHMENT_NON_DIFFUSIBLE" });
    expect(body.detail).toContain("https://statut-diffusion-sirene.insee.fr");
  });

  it("answers 503 UPSTREAM_UNAVAILABLE with Retry-After when INSEE is down", async () => {
    const down = createMemoryEstablishmentDirectory([]);
    down.setUnavailable(true);
    const response = await createTestApp(database, {}, { establishmentDirectory: down }).request(
      `/api/v1/establishments/${DEMO_SIRETS.companyOpen}`,
    );
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("60");
    expect(await response.json()).toMatchObject({ code: "UPSTREAM_UNAVAILABLE" });
  });

  it("GET /dev/fixtures lists the demo SIRETs", async () => {
    expect(await (await app.request("/dev/fixtures")).json()).toMatchObject(DEMO_SIRETS);
  });

  it("the OpenAPI document describes the route and its refusals", async () => {
    const { paths } = await (await app.request("/openapi.json")).json();
    const route = paths["/api/v1/establishments/{siret}"]?.get;
    expect(Object.keys(route?.responses ?? {})).toEqual(["200", "400", "404", "422", "429", "503"]);
  });
});

describe("GET /api/v1/establishments/{siret} with INSEE_API_KEY (INSEE stub)", () => {
  const withInsee = () => createTestApp(database, { INSEE_API_KEY: "test-key", INSEE_BASE_URL: stub.url });

  it("asks INSEE, then answers from the cache", async () => {
    stub.reset();
    const insee = withInsee();
    const first = await get(DEMO_SIRETS.cfaQualiopi, insee);
    expect(first).toMatchObject({ status: 200, body: { address: { street: "8 AVENUE JEAN JAURES" } } });
    expect((await get(DEMO_SIRETS.cfaQualiopi, insee)).body).toEqual(first.body);
    expect(stub.requests).toHaveLength(1);
  });

  it("answers 422 for INSEE's 403 and 404 for its 404", async () => {
    const insee = withInsee();
    expect((await get(DEMO_SIRETS.companyNonDiffusible, insee)).status).toBe(422);
    expect((await get(DEMO_SIRETS.unknownSiret, insee)).status).toBe(404);
  });

  it("answers 503 when INSEE keeps failing", async () => {
    stub.reset();
    stub.script({ status: 503 }, { status: 503 }, { status: 503 });
    const { status, body } = await get(DEMO_SIRETS.companyOpen, withInsee());
    expect(status).toBe(503);
    expect(body).toMatchObject({ code: "UPSTREAM_UNAVAILABLE" });
  });

  it("GET /dev/fixtures has no demo SIRET: INSEE does not know them", async () => {
    const fixtures = await (await withInsee().request("/dev/fixtures")).json();
    expect(fixtures).toMatchObject({ companyOpen: null, unknownSiret: null });
  });
});
