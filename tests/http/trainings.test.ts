import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_CATALOGUE_FIXTURES } from "../../src/adapters/carif-oref/demo-catalogue.ts";
import type { DatabaseHandle } from "../../src/adapters/postgres/database.ts";
import { DEMO_PARTNER_API_KEY } from "../../src/application/partner-access/index.ts";
import { createIdentityTestApp, type IdentityTestApp, json } from "../support/identity-app.ts";
import { createTestDatabase } from "../support/test-database.ts";

let database: DatabaseHandle;
let world: IdentityTestApp;
beforeAll(async () => {
  database = await createTestDatabase();
  // Development mode: SEED_DEMO_DATA imports the offline demo catalogue (4,357 trainings) at start-up.
  world = await createIdentityTestApp(database, { SEED_DEMO_DATA: "true" });
}, 120_000);
afterAll(() => database.close());

const get = async (path: string, headers: Record<string, string> = {}) => {
  const response = await world.app.request(path, { headers });
  return { status: response.status, body: await response.json() };
};
type Item = {
  id: string;
  title: string;
  distanceKm: number | null;
  establishmentName: string;
  appointmentAvailable: boolean;
};

describe("GET /api/v1/trainings/search on the demo catalogue", () => {
  it("finds real trainings around Lille for D1401, nearest first with distances", async () => {
    const { status, body } = await get("/api/v1/trainings/search?romes=D1401&latitude=50.63&longitude=3.06&radius=30");
    expect(status).toBe(200);
    expect(body.total).toBeGreaterThan(3);
    expect(body).toMatchObject({ page: 1, pageSize: 50 });
    const distances = body.items.map((item: Item) => item.distanceKm);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    expect(Math.max(...distances)).toBeLessThanOrEqual(30);
    expect(body.items[0]).toEqual({
      id: expect.any(String),
      title: expect.any(String),
      diplomaLevel: expect.toBeOneOf([null, "3", "4", "5", "6", "7"]),
      establishmentName: expect.any(String),
      place: {
        city: expect.any(String),
        postcode: expect.any(String),
        latitude: expect.any(Number),
        longitude: expect.any(Number),
      },
      distanceKm: expect.any(Number),
      appointmentAvailable: expect.any(Boolean),
    });
  });

  it("centres an INSEE code or a postcode on its commune, and pages through the same order", async () => {
    const byInsee = await get("/api/v1/trainings/search?romes=D1401&insee=59350&pageSize=5");
    const byPostcode = await get("/api/v1/trainings/search?romes=D1401&postcode=59000&pageSize=5");
    expect(byInsee.status).toBe(200);
    expect(byPostcode.body.total).toBeGreaterThan(0);
    const second = await get("/api/v1/trainings/search?romes=D1401&insee=59350&pageSize=5&page=2");
    const firstTen = await get("/api/v1/trainings/search?romes=D1401&insee=59350&pageSize=10");
    const ids = (items: Item[]) => items.map((item) => item.id);
    expect([...ids(byInsee.body.items), ...ids(second.body.items)]).toEqual(ids(firstTen.body.items));
  });

  it.each([
    ["no romes", "", "romes"],
    ["a malformed code", "romes=D14", "romes.0"],
    ["21 codes", `romes=${Array.from({ length: 21 }, () => "D1401").join(",")}`, "romes"],
    ["a half pair", "romes=D1401&latitude=50.63", "longitude"],
    ["two places", "romes=D1401&insee=59350&postcode=59000", "place"],
    ["a radius over 200", "romes=D1401&insee=59350&radius=201", "radius"],
    ["a page size over 200", "romes=D1401&pageSize=201", "pageSize"],
    ["an unknown diploma level", "romes=D1401&diplomaLevel=9", "diplomaLevel"],
  ])("answers 400 VALIDATION_FAILED in French for %s", async (_, query, path) => {
    const { status, body } = await get(`/api/v1/trainings/search?${query}`);
    expect(status).toBe(400);
    expect(body).toMatchObject({
      code: "VALIDATION_FAILED",
      errors: expect.arrayContaining([expect.objectContaining({ path })]),
    });
  });

  it("answers 400 ROME_UNKNOWN and PLACE_UNKNOWN for well-formed codes nothing knows", async () => {
    const rome = await get("/api/v1/trainings/search?romes=D1401,A9999");
    expect(rome).toMatchObject({ status: 400, body: { code: "ROME_UNKNOWN" } });
    const insee = await get("/api/v1/trainings/search?romes=D1401&insee=99999");
    expect(insee).toMatchObject({
      status: 400,
      body: { code: "PLACE_UNKNOWN", detail: expect.stringContaining("99999") },
    });
    const postcode = await get("/api/v1/trainings/search?romes=D1401&postcode=00000");
    expect(postcode).toMatchObject({ status: 400, body: { code: "PLACE_UNKNOWN" } });
  });
});

describe("GET /api/v1/trainings/{id}", () => {
  it("shows every field a candidate needs, with the source of each", async () => {
    const { body: found } = await get("/api/v1/trainings/search?romes=D1401&latitude=50.63&longitude=3.06&pageSize=1");
    const { status, body } = await get(`/api/v1/trainings/${found.items[0].id}`);
    expect(status).toBe(200);
    expect(body).toMatchObject({
      id: found.items[0].id,
      title: found.items[0].title,
      romeCodes: expect.arrayContaining(["D1401"]),
      establishment: { siret: expect.stringMatching(/^\d{14}$/), name: found.items[0].establishmentName },
      sessions: expect.any(Array),
      sources: {
        title: "BCN",
        diplomaLevel: "BCN",
        establishmentName: "INSEE",
        address: "Carif-Oref",
        phone: "Carif-Oref",
      },
      appointment: { available: expect.any(Boolean), platforms: expect.any(Array) },
    });
    expect(body).toHaveProperty("contactEmail");
  });

  it("answers 404 TRAINING_NOT_FOUND for an unknown id and 400 for an unknown platform", async () => {
    expect(await get("/api/v1/trainings/inconnue")).toMatchObject({
      status: 404,
      body: { code: "TRAINING_NOT_FOUND" },
    });
    expect((await get("/api/v1/trainings/x?platform=autre")).status).toBe(400);
  });
});

describe("GET /api/v1/training-establishments, then CFA sign-up", () => {
  const contact = { firstName: "Camille", lastName: "Durand", phone: "06 12 34 56 78" };

  it("lets a demo CFA find its SIRET and sign up; one without Qualiopi is told why", async () => {
    const { body: found } = await get("/api/v1/trainings/search?romes=D1401&latitude=50.63&longitude=3.06&pageSize=1");
    const name = found.items[0].establishmentName as string;
    const { status, body } = await get(`/api/v1/training-establishments?q=${encodeURIComponent(name.toLowerCase())}`);
    expect(status).toBe(200);
    const establishment = body.items.find((item: { name: string }) => item.name === name);
    expect(establishment).toMatchObject({ siret: expect.stringMatching(/^\d{14}$/), qualiopi: true });
    const signUp = await world.app.request(
      "/api/v1/cfas",
      json("POST", { siret: establishment.siret, ...contact, email: "cfa-lille@exemple.fr" }),
    );
    expect(signUp.status).toBe(201);

    const refused = await world.app.request(
      "/api/v1/cfas",
      json("POST", {
        siret: DEMO_CATALOGUE_FIXTURES.cfaWithoutQualiopiInCatalogue,
        ...contact,
        email: "sans-qualiopi@exemple.fr",
      }),
    );
    expect(refused.status).toBe(422);
    expect(await refused.json()).toMatchObject({ code: "CFA_NOT_QUALIOPI" });
    const fixtures = await get("/dev/fixtures");
    expect(fixtures.body.cfaWithoutQualiopiInCatalogue).toBe(DEMO_CATALOGUE_FIXTURES.cfaWithoutQualiopiInCatalogue);
  });

  it("gives in /dev/fixtures CFAs of the demo catalogue: cfaQualiopi signs up, cfaNotQualiopi is told why", async () => {
    const { body: fixtures } = await get("/dev/fixtures");
    const signUp = (siret: string, email: string) =>
      world.app.request("/api/v1/cfas", json("POST", { siret, ...contact, email }));
    expect((await signUp(fixtures.cfaQualiopi, "cfa-fixture@exemple.fr")).status).toBe(201);
    const refused = await signUp(fixtures.cfaNotQualiopi, "cfa-fixture-2@exemple.fr");
    expect(await refused.json()).toMatchObject({ code: "CFA_NOT_QUALIOPI" });
  });

  it("lists the establishment without Qualiopi too, flagged, and refuses a too short query", async () => {
    const { body: fixture } = await get(
      `/api/v1/training-establishments?q=${DEMO_CATALOGUE_FIXTURES.cfaWithoutQualiopiInCatalogue.slice(0, 3)}`,
    );
    expect(fixture.items.length).toBeLessThanOrEqual(20);
    expect((await get("/api/v1/training-establishments?q=a")).status).toBe(400);
  });
});

describe("GET /api/v1/partner/trainings", () => {
  it("gives the trainings in update order with a cursor, to a partner key only", async () => {
    expect((await get("/api/v1/partner/trainings")).status).toBe(401);
    const first = await get("/api/v1/partner/trainings?limit=2", { "X-Api-Key": DEMO_PARTNER_API_KEY });
    expect(first.status).toBe(200);
    expect(first.body.items).toHaveLength(2);
    expect(first.body.items[0]).toMatchObject({
      status: "active",
      updatedAt: expect.any(String),
      sources: expect.any(Object),
    });
    expect(first.body.hasMore).toBe(true);
    const next = await get(`/api/v1/partner/trainings?limit=2&cursor=${first.body.nextCursor}`, {
      "X-Api-Key": DEMO_PARTNER_API_KEY,
    });
    expect(next.body.items[0].id).not.toBe(first.body.items[1].id);
    const altered = await get("/api/v1/partner/trainings?cursor=abc", { "X-Api-Key": DEMO_PARTNER_API_KEY });
    expect(altered).toMatchObject({ status: 400, body: { code: "CURSOR_INVALID" } });
  });
});
