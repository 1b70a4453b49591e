import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../../src/adapters/postgres/database.ts";
import {
  aRegistration,
  bearer,
  createIdentityTestApp,
  type IdentityTestApp,
  json,
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

describe("sign-up → login email → session → /me", () => {
  it("registers, emails a welcome with a login link, and that link opens a session once", async () => {
    const input = aRegistration({ name: "Boulangerie Martin" });
    const registered = await world.register(input);
    expect(registered).toEqual({ ok: true, value: expect.objectContaining({ userCreated: true }) });

    const email = await newestEmail(world.app, input.member.email);
    expect(email.subject).toBe("Bienvenue sur La bonne alternance : accédez à votre espace");
    expect(email.text).toContain("Le compte « Boulangerie Martin » est créé");
    expect(email.link).toMatch(/^https:\/\/api\.lba\.test\/connexion\/[A-Za-z0-9_-]{43}$/);

    const now = world.clock.now();
    const session = await post("/api/v1/auth/session", { token: email.token });
    expect(session.status).toBe(200);
    const body = await session.json();
    expect(body).toMatchObject({
      tokenType: "Bearer",
      expiresAt: new Date(now.getTime() + 12 * 3_600_000).toISOString(),
      user: { email: input.member.email, firstName: "Zoé", emailConfirmedAt: now.toISOString() },
    });
    expect(session.headers.get("set-cookie")).toMatch(
      /^session=[^;]+; Path=\/; Expires=.+; HttpOnly; Secure; SameSite=Lax$/,
    );

    const account = await me(body.accessToken);
    expect(account.status).toBe(200);
    expect(await account.json()).toMatchObject({
      user: { email: input.member.email, isAdmin: false },
      organisations: [
        { id: registered.ok && registered.value.organisationId, displayName: "Boulangerie Martin", status: "active" },
      ],
    });

    const again = await post("/api/v1/auth/session", { token: email.token });
    expect(again.status).toBe(401);
    expect(again.headers.get("content-type")).toContain("application/problem+json");
    expect(await again.json()).toMatchObject({ code: "LINK_INVALID" });
  });

  it("refuses ACCOUNT_EXISTS for a second organisation of the same kind and SIRET, once the first is confirmed", async () => {
    const first = await registerAndLogIn(world);
    const second = await world.register(aRegistration({ siret: first.input.organisation.siret }));
    expect(second).toEqual({ ok: false, error: expect.objectContaining({ code: "ACCOUNT_EXISTS" }) });
    const cfa = await world.register(aRegistration({ siret: first.input.organisation.siret, kind: "cfa" }));
    expect(cfa.ok).toBe(true);
  });

  it("refuses a login link older than 60 minutes, and an unknown token, with 401 LINK_INVALID", async () => {
    const input = aRegistration();
    await world.register(input);
    const { token } = await newestEmail(world.app, input.member.email);
    world.clock.advance(60 * 60_000);
    const expired = await post("/api/v1/auth/session", { token });
    world.clock.advance(-60 * 60_000);
    expect(expired.status).toBe(401);
    expect(await expired.json()).toMatchObject({ code: "LINK_INVALID" });
    const unknown = await post("/api/v1/auth/session", { token: "Z".repeat(43) });
    expect(unknown.status).toBe(401);
  });
});

describe("access tokens", () => {
  it("die at logout", async () => {
    const { accessToken } = await registerAndLogIn(world);
    const logout = await world.app.request("/api/v1/auth/logout", { method: "POST", headers: bearer(accessToken) });
    expect(logout.status).toBe(204);
    expect(logout.headers.get("set-cookie")).toMatch(/^session=; Max-Age=0; Path=\/; HttpOnly; Secure; SameSite=Lax/);
    const after = await me(accessToken);
    expect(after.status).toBe(401);
    expect(after.headers.get("www-authenticate")).toContain("Bearer");
    expect(await after.json()).toMatchObject({ code: "UNAUTHENTICATED" });
  });

  it("expire after 12 hours", async () => {
    const { accessToken } = await registerAndLogIn(world);
    world.clock.advance(12 * 60 * 60_000 - 1_000);
    expect((await me(accessToken)).status).toBe(200);
    world.clock.advance(1_000);
    expect((await me(accessToken)).status).toBe(401);
    world.clock.advance(-12 * 60 * 60_000);
  });

  it.each([
    ["no credentials", {}],
    ["a malformed token", bearer("not-a-jwt")],
    ["a token signed with another secret", bearer(forgedToken())],
  ])("answers 401 UNAUTHENTICATED to %s", async (_, headers) => {
    const response = await world.app.request("/api/v1/me", { headers });
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ code: "UNAUTHENTICATED" });
  });
});

describe("the session cookie", () => {
  it("authenticates reads, and writes only from the web origin", async () => {
    const { accessToken } = await registerAndLogIn(world);
    const cookie = { cookie: `session=${accessToken}` };
    expect((await world.app.request("/api/v1/me", { headers: cookie })).status).toBe(200);
    const change = { firstName: "Zoë" };
    const noOrigin = await world.app.request("/api/v1/me", json("PATCH", change, cookie));
    expect(noOrigin.status).toBe(403);
    expect(await noOrigin.json()).toMatchObject({ code: "ORIGIN_FORBIDDEN" });
    const otherSite = await world.app.request(
      "/api/v1/me",
      json("PATCH", change, { ...cookie, origin: "https://evil.test" }),
    );
    expect(otherSite.status).toBe(403);
    const fromWeb = await world.app.request(
      "/api/v1/me",
      json("PATCH", change, { ...cookie, origin: "https://app.lba.test" }),
    );
    expect(fromWeb.status).toBe(200);
    const withBearer = await world.app.request("/api/v1/me", json("PATCH", change, bearer(accessToken)));
    expect(withBearer.status).toBe(200);
  });
});

/** A well-formed HS256 JWT signed with a key the service does not know. */
function forgedToken(): string {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString("base64url");
  return `${part({ alg: "HS256", typ: "JWT" })}.${part({ sub: "u", sid: "s", exp: 4102444800 })}.c2lnbmF0dXJl`;
}
