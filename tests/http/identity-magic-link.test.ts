import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../../src/adapters/postgres/database.ts";
import {
  ADMIN_EMAIL,
  bearer,
  createIdentityTestApp,
  type IdentityTestApp,
  json,
  logIn,
  newestEmail,
  registerAndLogIn,
} from "../support/identity-app.ts";
import { createTestDatabase } from "../support/test-database.ts";

let database: DatabaseHandle;
let world: IdentityTestApp;
beforeAll(async () => {
  database = await createTestDatabase();
  world = await createIdentityTestApp(database);
});
afterAll(() => database.close());

const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  world.app.request(path, json("POST", body, headers));
const me = (token: string) => world.app.request("/api/v1/me", { headers: bearer(token) });

describe("POST /api/v1/auth/magic-link", () => {
  it("answers the same status and body whether or not the email has an account", async () => {
    const { email } = await registerAndLogIn(world);
    const known = await post("/api/v1/auth/magic-link", { email: email.toUpperCase() });
    const unknown = await post("/api/v1/auth/magic-link", { email: "personne@example.fr" });
    expect(known.status).toBe(202);
    expect(unknown.status).toBe(202);
    expect(await unknown.json()).toEqual(await known.json());
    const { subject } = await newestEmail(world.app, email);
    expect(subject).toBe("Votre lien de connexion à La bonne alternance");
    const nothing = await (await world.app.request("/dev/mailbox?to=personne@example.fr")).json();
    expect(nothing.messages).toEqual([]);
  });

  it("answers 400 VALIDATION_FAILED for a malformed email", async () => {
    const response = await post("/api/v1/auth/magic-link", { email: "pas-une-adresse" });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ code: "VALIDATION_FAILED", errors: [{ path: "email" }] });
  });

  it("limits links per email: the 6th within 15 minutes is 429 with Retry-After", async () => {
    const address = { incoming: { socket: { remoteAddress: "198.51.100.1" } } };
    const ask = () =>
      world.app.request("/api/v1/auth/magic-link", json("POST", { email: "quota@example.fr" }), address);
    for (let i = 0; i < 5; i++) expect((await ask()).status).toBe(202);
    const refused = await ask();
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(890);
    expect(Number(refused.headers.get("retry-after"))).toBeLessThanOrEqual(900);
    expect(await refused.json()).toMatchObject({ code: "RATE_LIMITED" });
    // The window's end frees the key: tests/contracts/rate-limiter.contract.ts (the store keeps its own time).
  });

  it("limits links per client address: the 21st within a minute is 429", async () => {
    const address = { incoming: { socket: { remoteAddress: "203.0.113.9" } } };
    const ask = (i: number) =>
      world.app.request("/api/v1/auth/magic-link", json("POST", { email: `ip${i}@example.fr` }), address);
    for (let i = 0; i < 20; i++) expect((await ask(i)).status).toBe(202);
    const refused = await ask(20);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeLessThanOrEqual(60);
  });

  it("works for the administrator created at start-up", async () => {
    const token = await logIn(world.app, ADMIN_EMAIL);
    expect(await (await me(token)).json()).toMatchObject({
      user: { email: ADMIN_EMAIL, isAdmin: true },
      organisations: [],
    });
  });
});
