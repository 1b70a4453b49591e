import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../../src/adapters/postgres/database.ts";
import { offers } from "../../src/adapters/postgres/schema.ts";
import {
  bearer,
  createIdentityTestApp,
  type IdentityTestApp,
  json,
  registerAndLogIn,
} from "../support/identity-app.ts";
import { createTestDatabase } from "../support/test-database.ts";

/**
 * issue 9 §4, docs/adr/0018, through the whole service: a write based on a stale version is 409 CONFLICT, and a
 * POST retried with its Idempotency-Key is answered once, by any instance on the database.
 */
let database: DatabaseHandle;
let world: IdentityTestApp;
let other: IdentityTestApp;
let recruiter: Awaited<ReturnType<typeof registerAndLogIn>>;
beforeAll(async () => {
  database = await createTestDatabase();
  world = await createIdentityTestApp(database);
  other = await createIdentityTestApp(database); // a second instance on the same database
  recruiter = await registerAndLogIn(world, { name: "Boulangerie des Versions" });
});
afterAll(() => database.close());

const anOffer = {
  romeCode: "D1102",
  contractTypes: ["apprentissage"],
  startDate: "2027-01-04",
  durationMonths: 24,
  openings: 1,
};
const auth = () => bearer(recruiter.accessToken);
const publish = async (headers: Record<string, string> = {}) =>
  world.app.request("/api/v1/offers", json("POST", anOffer, { ...auth(), ...headers }));

describe("optimistic concurrency (version)", () => {
  it("an offer edited from a stale version is refused 409 CONFLICT and keeps the other change", async () => {
    const created = (await (await publish()).json()) as { id: string; version: number };
    expect(created.version).toBe(1);
    const path = `/api/v1/offers/${created.id}`;
    const first = await world.app.request(path, json("PATCH", { openings: 2, version: 1 }, auth()));
    expect(first.status).toBe(200);
    expect(await first.json()).toMatchObject({ openings: 2, version: 2 });
    const stale = await world.app.request(path, json("PATCH", { openings: 5, version: 1 }, auth()));
    expect(stale.status).toBe(409);
    expect(stale.headers.get("content-type")).toBe("application/problem+json");
    expect(await stale.json()).toMatchObject({ code: "CONFLICT", detail: expect.stringContaining("rechargez") });
    const closing = json("POST", { outcome: "filled", version: 1 }, auth());
    expect((await world.app.request(`${path}/close`, closing)).status).toBe(409);
    const now = await world.app.request(`/api/v1/console/offers/${created.id}`, { headers: auth() });
    expect(await now.json()).toMatchObject({ openings: 2, status: "active", version: 2 });
  });

  it("an account edited from a stale version is refused 409 CONFLICT", async () => {
    const me = (await (await world.app.request("/api/v1/me", { headers: auth() })).json()) as {
      user: { version: number };
    };
    const version = me.user.version;
    const first = await world.app.request("/api/v1/me", json("PATCH", { firstName: "Inès", version }, auth()));
    expect(first.status).toBe(200);
    expect(await first.json()).toMatchObject({ user: { firstName: "Inès", version: version + 1 } });
    const stale = await world.app.request("/api/v1/me", json("PATCH", { firstName: "Ana", version }, auth()));
    expect(stale.status).toBe(409);
    expect(await stale.json()).toMatchObject({ code: "CONFLICT" });
  });
});

describe("Idempotency-Key on the service", () => {
  const published = async () =>
    (
      await database.db.select({ n: count() }).from(offers).where(eq(offers.organisationId, recruiter.organisationId))
    )[0]?.n ?? 0;

  it("a POST retried with its key, on either instance, publishes one offer and answers it again", async () => {
    const before = await published();
    const key = { "Idempotency-Key": "b6a7c2e4-publication-1" };
    const first = await publish(key);
    const retriedHere = await publish(key);
    const retriedThere = await other.app.request("/api/v1/offers", json("POST", anOffer, { ...auth(), ...key }));
    expect([first.status, retriedHere.status, retriedThere.status]).toEqual([201, 201, 201]);
    const body = await first.json();
    expect(await retriedHere.json()).toEqual(body);
    expect(await retriedThere.json()).toEqual(body);
    expect(retriedThere.headers.get("idempotent-replayed")).toBe("true");
    // The service's own headers are set anew on a replay: its request id, the security headers, Vary.
    expect(retriedThere.headers.get("x-request-id")).not.toBe(first.headers.get("x-request-id"));
    expect(retriedThere.headers.get("x-content-type-options")).toBe("nosniff");
    expect(retriedThere.headers.get("vary")).toBe("Origin");
    expect(await published()).toBe(before + 1);
  });

  it("the same key with another body is 422 IDEMPOTENCY_KEY_REUSED and publishes nothing", async () => {
    const key = { "Idempotency-Key": "b6a7c2e4-publication-2" };
    await publish(key);
    const before = await published();
    const other = await world.app.request(
      "/api/v1/offers",
      json("POST", { ...anOffer, openings: 3 }, { ...auth(), ...key }),
    );
    expect(other.status).toBe(422);
    expect(await other.json()).toMatchObject({ code: "IDEMPOTENCY_KEY_REUSED" });
    expect(await published()).toBe(before);
  });
});
