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
  // Every cell logs the administrator in again: lift the per-email limit (tested in identity-login.test.ts).
  world = await createIdentityTestApp(database, { LOGIN_LINK_LIMIT_PER_EMAIL: "1000" });
});
afterAll(() => database.close());

/** Organisation A (two members), organisation B (one), the administrator: fresh for every cell. */
async function aScene() {
  await world.bootstrap(); // the administrator again, if a previous cell deleted its account
  const a = await registerAndLogIn(world, { name: "Garage Alpha" });
  const b = await registerAndLogIn(world, { name: "Fleuriste Bêta" });
  const colleague = `collegue.${a.organisationId.slice(0, 8)}@example.fr`;
  await world.app.request(
    `/api/v1/organisations/${a.organisationId}/invitations`,
    json("POST", { email: colleague }, bearer(a.accessToken)),
  );
  const { token } = await newestEmail(world.app, colleague);
  await world.app.request(`/invitation/${token}`, { method: "POST" });
  const colleagueToken = await logIn(world.app, colleague);
  const colleagueId = (await (await world.app.request("/api/v1/me", { headers: bearer(colleagueToken) })).json()).user
    .id;
  const admin = await logIn(world.app, ADMIN_EMAIL);
  const offer = await world.app.request("/api/v1/offers", json("POST", anOffer, bearer(a.accessToken)));
  const offerId: string = (await offer.json()).id;
  const tokens = { anonymous: null, memberA: a.accessToken, memberB: b.accessToken, admin };
  return { a, b, colleagueId, offerId, tokens };
}

/** TEST DATA: a valid offer body. */
const anOffer = {
  romeCode: "D1102",
  contractTypes: ["apprentissage"],
  startDate: "2027-09-01",
  durationMonths: 24,
  openings: 1,
};

type Scene = Awaited<ReturnType<typeof aScene>>;
type Role = keyof Scene["tokens"];

const routes: { name: string; request: (s: Scene) => [string, RequestInit]; expected: Record<Role, number> }[] = [
  {
    name: "POST /auth/logout",
    request: () => ["/api/v1/auth/logout", { method: "POST" }],
    expected: { anonymous: 401, memberA: 204, memberB: 204, admin: 204 },
  },
  {
    name: "GET /me",
    request: () => ["/api/v1/me", { method: "GET" }],
    expected: { anonymous: 401, memberA: 200, memberB: 200, admin: 200 },
  },
  {
    name: "PATCH /me",
    request: () => ["/api/v1/me", json("PATCH", { phone: "01 02 03 04 05" })],
    expected: { anonymous: 401, memberA: 200, memberB: 200, admin: 200 },
  },
  {
    name: "DELETE /me",
    request: () => ["/api/v1/me", { method: "DELETE" }],
    // memberA is the only admin of an organisation with a colleague: it names another admin first (LAST_ADMIN).
    expected: { anonymous: 401, memberA: 409, memberB: 204, admin: 204 },
  },
  {
    name: "POST /organisations/{A}/invitations",
    request: (s) => [
      `/api/v1/organisations/${s.a.organisationId}/invitations`,
      json("POST", { email: "nouveau@example.fr" }),
    ],
    expected: { anonymous: 401, memberA: 201, memberB: 403, admin: 403 },
  },
  {
    name: "PATCH /organisations/{A}/members/{colleague}",
    request: (s) => [
      `/api/v1/organisations/${s.a.organisationId}/members/${s.colleagueId}`,
      json("PATCH", { role: "admin" }),
    ],
    expected: { anonymous: 401, memberA: 200, memberB: 403, admin: 403 },
  },
  {
    name: "DELETE /organisations/{A}/members/{colleague}",
    request: (s) => [`/api/v1/organisations/${s.a.organisationId}/members/${s.colleagueId}`, { method: "DELETE" }],
    expected: { anonymous: 401, memberA: 204, memberB: 403, admin: 403 },
  },
  {
    name: "GET /organisation",
    request: () => ["/api/v1/organisation", { method: "GET" }],
    expected: { anonymous: 401, memberA: 200, memberB: 200, admin: 403 },
  },
  {
    name: "POST /offers (for the acting organisation)",
    request: () => ["/api/v1/offers", json("POST", anOffer)],
    expected: { anonymous: 401, memberA: 201, memberB: 201, admin: 403 },
  },
  {
    name: "GET /console/offers",
    request: () => ["/api/v1/console/offers?tab=active", { method: "GET" }],
    expected: { anonymous: 401, memberA: 200, memberB: 200, admin: 403 },
  },
  {
    name: "GET /console/offers/{A's offer}",
    request: (s) => [`/api/v1/console/offers/${s.offerId}`, { method: "GET" }],
    expected: { anonymous: 401, memberA: 200, memberB: 404, admin: 200 },
  },
  {
    name: "PATCH /offers/{A's offer}",
    request: (s) => [`/api/v1/offers/${s.offerId}`, json("PATCH", { openings: 2 })],
    expected: { anonymous: 401, memberA: 200, memberB: 404, admin: 200 },
  },
  {
    name: "POST /offers/{A's offer}/extend",
    request: (s) => [`/api/v1/offers/${s.offerId}/extend`, { method: "POST" }],
    expected: { anonymous: 401, memberA: 200, memberB: 404, admin: 200 },
  },
  {
    name: "POST /offers/{A's offer}/close",
    request: (s) => [`/api/v1/offers/${s.offerId}/close`, json("POST", { outcome: "filled" })],
    expected: { anonymous: 401, memberA: 200, memberB: 404, admin: 200 },
  },
  {
    name: "GET /offers/{A's offer}/nearby-cfas",
    request: (s) => [`/api/v1/offers/${s.offerId}/nearby-cfas`, { method: "GET" }],
    expected: { anonymous: 401, memberA: 200, memberB: 404, admin: 200 },
  },
  {
    name: "POST /offers/{A's offer}/cfa-shares",
    request: (s) => [`/api/v1/offers/${s.offerId}/cfa-shares`, json("POST", { sirets: ["99100005000138"] })],
    expected: { anonymous: 401, memberA: 422, memberB: 404, admin: 422 },
  },
  {
    name: "GET /cfa/partners",
    request: () => ["/api/v1/cfa/partners", { method: "GET" }],
    expected: { anonymous: 401, memberA: 403, memberB: 403, admin: 403 },
  },
  {
    name: "POST /cfa/partners",
    request: () => [
      "/api/v1/cfa/partners",
      json("POST", { siret: "99100001900125", firstName: "A", lastName: "B", phone: "0612345678", email: "x@y.fr" }),
    ],
    expected: { anonymous: 401, memberA: 403, memberB: 403, admin: 403 },
  },
  {
    name: "GET /admin/organisations",
    request: () => ["/api/v1/admin/organisations", { method: "GET" }],
    expected: { anonymous: 401, memberA: 403, memberB: 403, admin: 200 },
  },
  {
    name: "GET /admin/join-requests",
    request: () => ["/api/v1/admin/join-requests", { method: "GET" }],
    expected: { anonymous: 401, memberA: 403, memberB: 403, admin: 200 },
  },
  {
    name: "POST /admin/organisations/{A}/disable",
    request: (s) => [`/api/v1/admin/organisations/${s.a.organisationId}/disable`, { method: "POST" }],
    expected: { anonymous: 401, memberA: 403, memberB: 403, admin: 200 },
  },
];

const cells = routes.flatMap((route) =>
  (Object.keys(route.expected) as Role[]).map((role) => [route.name, role, route.expected[role], route] as const),
);

describe("authorization matrix: every authenticated route × every kind of caller", () => {
  it.each(cells)("%s as %s → %i", async (_, role, status, route) => {
    const scene = await aScene();
    const [path, init] = route.request(scene);
    const token = scene.tokens[role];
    const headers = { ...(init.headers as Record<string, string>), ...(token ? bearer(token) : {}) };
    const response = await world.app.request(path, { ...init, headers });
    expect(response.status).toBe(status);
    const text = await response.text();
    if (status >= 400) expect(response.headers.get("content-type")).toContain("application/problem+json");
    for (const other of othersOf(scene, role)) {
      for (const secret of [
        other.organisationId,
        other.input.organisation.siret,
        other.input.organisation.displayName,
        other.email,
      ]) {
        expect(text).not.toContain(secret);
      }
    }
  });
});

/** The organisations a caller must learn nothing about (the administrator may see them all). */
function othersOf(scene: Scene, role: Role) {
  if (role === "admin") return [];
  if (role === "memberA") return [scene.b];
  if (role === "memberB") return [scene.a];
  return [scene.a, scene.b];
}

describe("a disabled organisation", () => {
  it("locks out its members: their tokens stop working and no new session opens", async () => {
    const scene = await aScene();
    const { a } = scene;
    await world.app.request(`/api/v1/admin/organisations/${a.organisationId}/disable`, {
      method: "POST",
      headers: bearer(scene.tokens.admin),
    });
    expect((await world.app.request("/api/v1/me", { headers: bearer(a.accessToken) })).status).toBe(401);
    const email = await newestEmail(world.app, a.email);
    expect(email.subject).toBe("Le compte « Garage Alpha » a été désactivé");
    await world.app.request("/api/v1/auth/magic-link", json("POST", { email: a.email }));
    expect((await newestEmail(world.app, a.email)).subject).toBe("Le compte « Garage Alpha » a été désactivé");
    const again = await world.app.request(`/api/v1/admin/organisations/${a.organisationId}/disable`, {
      method: "POST",
      headers: bearer(scene.tokens.admin),
    });
    expect(again.status).toBe(409);
    expect(await again.json()).toMatchObject({ code: "ORGANISATION_NOT_ACTIVE" });
  });
});

describe("X-Organisation-Id: a person in several organisations names the one it acts for", () => {
  it("answers 400 ORGANISATION_REQUIRED without it, that organisation with it, 403 for another one", async () => {
    const scene = await aScene();
    const { a, b } = scene;
    await world.app.request(
      `/api/v1/organisations/${a.organisationId}/invitations`,
      json("POST", { email: b.email }, bearer(a.accessToken)),
    );
    await world.app.request(`/invitation/${(await newestEmail(world.app, b.email)).token}`, { method: "POST" });
    const both = await logIn(world.app, b.email);
    const describe = (organisationId?: string) =>
      world.app.request("/api/v1/organisation", {
        headers: bearer(both, organisationId ? { "X-Organisation-Id": organisationId } : {}),
      });

    const missing = await describe();
    expect(missing.status).toBe(400);
    expect(await missing.json()).toMatchObject({ code: "ORGANISATION_REQUIRED" });
    for (const organisation of [a, b]) {
      const response = await describe(organisation.organisationId);
      expect(response.status).toBe(200);
      expect(await response.json()).toMatchObject({ organisation: { id: organisation.organisationId } });
    }
    const outsider = await registerAndLogIn(world, { name: "Menuiserie Gamma" });
    const foreign = await describe(outsider.organisationId);
    expect(foreign.status).toBe(403);
    expect(await foreign.text()).not.toContain("Menuiserie Gamma");
  });
});
