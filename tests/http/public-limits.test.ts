import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../../src/adapters/postgres/database.ts";
import { createIdentityTestApp, type IdentityTestApp, json } from "../support/identity-app.ts";
import { createTestDatabase } from "../support/test-database.ts";

/**
 * docs/adr/0016: every public write (an OpenAPI operation neither GET nor HEAD, without `security`) is limited per
 * client address by default, and the routes of the registry by their own rule. The operations are read from
 * /openapi.json, so a route added later is covered without editing this test.
 */
const LIMITS = {
  PUBLIC_WRITE_LIMIT_PER_IP: "2",
  LOGIN_LINK_LIMIT_PER_IP: "3",
  SIGN_UP_LIMIT_PER_IP: "1",
  ESTABLISHMENT_LOOKUP_LIMIT_PER_IP: "2",
};
const RULE_OF: Record<string, number> = {
  "POST /api/v1/auth/magic-link": 3,
  "POST /api/v1/recruiters": 1,
  "POST /api/v1/cfas": 1,
  "POST /api/v1/join-requests": 1,
  "GET /api/v1/establishments/{siret}": 2,
};

let database: DatabaseHandle;
let world: IdentityTestApp;
beforeAll(async () => {
  database = await createTestDatabase();
  world = await createIdentityTestApp(database, LIMITS);
});
afterAll(() => database.close());

let addresses = 0;
const anAddress = () => `198.18.${Math.floor(++addresses / 250)}.${addresses % 250}`;
const from = (remoteAddress: string) => ({ incoming: { socket: { remoteAddress } } });

type Operation = Readonly<{ key: string; method: string; path: string }>;

async function limitedOperations(): Promise<Operation[]> {
  const document = (await (await world.app.request("/openapi.json")).json()) as {
    paths: Record<string, Record<string, { security?: unknown[] }>>;
  };
  return Object.entries(document.paths).flatMap(([path, operations]) =>
    Object.entries(operations).flatMap(([method, operation]) => {
      const key = `${method.toUpperCase()} ${path}`;
      const publicWrite = !["get", "head"].includes(method) && !operation.security?.length;
      return publicWrite || key in RULE_OF ? [{ key, method: method.toUpperCase(), path }] : [];
    }),
  );
}

/** A request that reaches the route: junk path parameters and body (limits count before validation). */
const requestOf = (operation: Operation): [string, RequestInit] => [
  operation.path.replaceAll(/\{[^}]+\}/g, "x".repeat(43)),
  operation.method === "GET" ? { method: "GET" } : json(operation.method, {}),
];

describe("per-address limits on public routes", () => {
  it("covers every public write of the OpenAPI document, sign-ups and join requests included", async () => {
    const keys = (await limitedOperations()).map((operation) => operation.key);
    expect(keys).toEqual(expect.arrayContaining(Object.keys(RULE_OF)));
    expect(keys).toEqual(expect.arrayContaining(["POST /connexion/{token}", "POST /api/v1/auth/session"]));
  });

  it("answers 429 RATE_LIMITED with Retry-After once an address spent its budget on a route, whatever the route", async () => {
    for (const operation of await limitedOperations()) {
      const address = anAddress();
      const limit = RULE_OF[operation.key] ?? 2;
      const [path, init] = requestOf(operation);
      for (let i = 0; i < limit; i++) {
        const accepted = await world.app.request(path, init, from(address));
        expect(accepted.status, `${operation.key} #${i + 1}`).not.toBe(429);
      }
      const refused = await world.app.request(path, init, from(address));
      expect(refused.status, operation.key).toBe(429);
      if (path.startsWith("/api/")) {
        expect(await refused.json()).toMatchObject({
          code: "RATE_LIMITED",
          detail: expect.stringContaining("Réessayez"),
        });
      } else {
        // A page's form: the same refusal as a French page.
        expect(refused.headers.get("content-type"), operation.key).toContain("text/html");
        expect(await refused.text()).toMatch(/<h1>Trop de demandes<\/h1>[\s\S]*Réessayez/);
      }
      expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
      const other = await world.app.request(path, init, from(anAddress()));
      expect(other.status, `${operation.key} from another address`).not.toBe(429);
    }
  });

  it("never puts requests without a client address in one shared bucket", async () => {
    for (let i = 0; i < 5; i++) {
      expect((await world.app.request("/api/v1/auth/session", json("POST", { token: "x" }))).status).toBe(401);
    }
  });

  it("does not limit authenticated writes with the public rule", async () => {
    const address = anAddress();
    for (let i = 0; i < 4; i++) {
      const response = await world.app.request("/api/v1/auth/logout", { method: "POST" }, from(address));
      expect(response.status).toBe(401);
    }
  });
});

describe("client address behind reverse proxies (TRUST_PROXY)", () => {
  const ask = (app: IdentityTestApp["app"], forwarded: string) =>
    app.request(
      "/api/v1/auth/session",
      json("POST", { token: "x" }, { "x-forwarded-for": forwarded }),
      from("10.0.0.1"), // the proxy
    );

  it("reads the entry the trusted proxy appended, not what the client wrote before it", async () => {
    const behindProxy = await createIdentityTestApp(database, { ...LIMITS, TRUST_PROXY: "1" });
    for (let i = 0; i < 2; i++) expect((await ask(behindProxy.app, `1.1.1.${i}, 203.0.113.50`)).status).toBe(401);
    expect((await ask(behindProxy.app, "9.9.9.9, 203.0.113.50")).status).toBe(429);
    expect((await ask(behindProxy.app, "203.0.113.51")).status).toBe(401);
  });

  it("ignores X-Forwarded-For without TRUST_PROXY: the proxy's own address is the client", async () => {
    for (let i = 0; i < 2; i++) expect((await ask(world.app, `203.0.113.${60 + i}`)).status).toBe(401);
    expect((await ask(world.app, "203.0.113.99")).status).toBe(429);
  });
});
