import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_SIRETS } from "../../src/adapters/memory/fixtures/establishments.ts";
import type { DatabaseHandle } from "../../src/adapters/postgres/database.ts";
import { bearer, createIdentityTestApp, type IdentityTestApp, json, logIn } from "../support/identity-app.ts";
import { createTestDatabase } from "../support/test-database.ts";

let database: DatabaseHandle;
let world: IdentityTestApp;
let recruiter: string;
let apiKey: string;
beforeAll(async () => {
  database = await createTestDatabase();
  world = await createIdentityTestApp(database);
  const email = "flux@boulangerie-test.fr";
  const contact = { firstName: "Camille", lastName: "Durand", phone: "06 12 34 56 78", email };
  await world.app.request("/api/v1/recruiters", json("POST", { siret: DEMO_SIRETS.companyOpen, ...contact }));
  recruiter = await logIn(world.app, email);
  apiKey = (await (await world.app.request("/dev/fixtures")).json()).partnerApiKey;
});
afterAll(() => database.close());

async function publish(appellation: string): Promise<string> {
  world.clock.advance(1_000);
  const body = {
    romeCode: "D1102",
    appellation,
    contractTypes: ["apprentissage"],
    startDate: "2027-01-04",
    durationMonths: 12,
    openings: 1,
  };
  const response = await world.app.request("/api/v1/offers", json("POST", body, bearer(recruiter)));
  expect(response.status).toBe(201);
  return (await response.json()).id;
}

type Page = { items: { id: string; availability: string; status: string }[]; nextCursor: string | null };

async function feed(query: string, key: string | null = apiKey) {
  const headers: Record<string, string> = key ? { "X-Api-Key": key } : {};
  const response = await world.app.request(`/api/v1/partner/offers?${query}`, { headers });
  return { status: response.status, body: await response.json() };
}

describe("GET /api/v1/partner/offers", () => {
  it("gives created, updated and closed offers in order, resuming from a cursor without gaps or repeats", async () => {
    const since = world.clock.now().toISOString();
    const first = await publish("Boulanger / Boulangère");
    const second = await publish("Boulanger-pâtissier / Boulangère-pâtissière");

    const page1 = (await feed(`updatedSince=${encodeURIComponent(since)}&limit=1`)).body as Page;
    expect(page1.items.map((item) => item.id)).toEqual([first]);
    const page2 = (await feed(`cursor=${page1.nextCursor}&limit=1`)).body as Page;
    expect(page2.items.map((item) => item.id)).toEqual([second]);
    const empty = (await feed(`cursor=${page2.nextCursor}`)).body as Page;
    expect(empty.items).toEqual([]);
    expect(empty.nextCursor).toBe(page2.nextCursor);

    // The first offer is edited, then filled: each change brings it back once, last state "closed".
    world.clock.advance(1_000);
    await world.app.request(`/api/v1/offers/${first}`, json("PATCH", { openings: 2 }, bearer(recruiter)));
    const edited = (await feed(`cursor=${page2.nextCursor}`)).body as Page;
    expect(edited.items.map((item) => [item.id, item.availability])).toEqual([[first, "online"]]);
    world.clock.advance(1_000);
    await world.app.request(`/api/v1/offers/${first}/close`, json("POST", { outcome: "filled" }, bearer(recruiter)));
    const closed = (await feed(`cursor=${edited.nextCursor}`)).body as Page;
    expect(closed.items.map((item) => [item.id, item.status, item.availability])).toEqual([
      [first, "filled", "closed"],
    ]);
  });

  it("refuses a missing or unknown key with 401 API_KEY_INVALID", async () => {
    expect((await feed("", null)).body).toMatchObject({ status: 401, code: "API_KEY_INVALID" });
    const unknown = `lba_${"x".repeat(43)}`;
    expect((await feed("", unknown)).body).toMatchObject({ status: 401, code: "API_KEY_INVALID" });
  });

  it("refuses a tampered cursor with 400 CURSOR_INVALID", async () => {
    expect((await feed("cursor=nimporte-quoi")).body).toMatchObject({ status: 400, code: "CURSOR_INVALID" });
  });
});
