import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../../src/adapters/postgres/database.ts";
import {
  bearer,
  createIdentityTestApp,
  type IdentityTestApp,
  json,
  registerAndLogIn,
} from "../support/identity-app.ts";
import { createTestDatabase } from "../support/test-database.ts";

/**
 * Issue 9 §1: inputs that reached the database or the framework and came back as 500. Each answer here is a 4xx
 * problem+json with a French `detail` (docs/API.md "Conventions"), or a French HTML page on the action pages.
 */

let database: DatabaseHandle;
let world: IdentityTestApp;
let accessToken: string;
let apiKey: string;
beforeAll(async () => {
  database = await createTestDatabase();
  world = await createIdentityTestApp(database);
  ({ accessToken } = await registerAndLogIn(world));
  apiKey = (await (await world.app.request("/dev/fixtures")).json()).partnerApiKey;
});
afterAll(() => database.close());

async function problem(response: Response) {
  expect(response.headers.get("content-type")).toBe("application/problem+json");
  const body = await response.json();
  expect(body.status).toBe(response.status);
  expect(body.detail).toMatch(/[éèàêç]|\b(le|la|les|de|du|des|est|pas|une?)\b/);
  expect(JSON.stringify(body)).not.toMatch(/\bat .*:\d+:\d+|Failed query|params:|Malformed|Unsupported/);
  return body as { code: string; detail: string; errors?: { path: string; message: string }[] };
}

const raw = (method: string, body: BodyInit | undefined, contentType?: string): RequestInit => ({
  method,
  body,
  headers: contentType ? { "content-type": contentType } : {},
});

describe("request bodies the JSON parser or the media-type gate refuses", () => {
  it.each([
    ["malformed JSON", '{"email":', "application/json"],
    ["an empty body", "", "application/json"],
    ["a truncated string", '{"email":"a@b.fr', "application/json; charset=utf-8"],
  ])("%s is 400 VALIDATION_FAILED", async (_, body, contentType) => {
    const response = await world.app.request("/api/v1/auth/magic-link", raw("POST", body, contentType));
    expect(response.status).toBe(400);
    expect((await problem(response)).code).toBe("VALIDATION_FAILED");
  });

  it.each([
    ["text/plain", "text/plain"],
    ["form data", "application/x-www-form-urlencoded"],
    ["no content type at all", undefined],
  ])("a body sent as %s is 415 UNSUPPORTED_MEDIA_TYPE", async (_, contentType) => {
    const response = await world.app.request("/api/v1/auth/magic-link", raw("POST", '{"email":"a@b.fr"}', contentType));
    expect(response.status).toBe(415);
    expect((await problem(response)).code).toBe("UNSUPPORTED_MEDIA_TYPE");
  });

  it("the same on an authenticated route", async () => {
    const response = await world.app.request("/api/v1/offers", {
      method: "POST",
      headers: { ...bearer(accessToken), "content-type": "text/csv" },
      body: "a,b",
    });
    expect(response.status).toBe(415);
    expect((await problem(response)).code).toBe("UNSUPPORTED_MEDIA_TYPE");
  });
});

describe("NUL bytes, which PostgreSQL text cannot hold, are refused at the edge", () => {
  it.each([
    ["a path parameter", "/api/v1/rome/D11%0002"],
    ["a public offer id", "/api/v1/offers/abc%00"],
    ["a query parameter", "/api/v1/communes?q=ly%00on"],
    ["a query parameter in upper-case escape", "/api/v1/metiers?q=boul%00"],
    ["an establishment SIRET", "/api/v1/establishments/991000019%0000125"],
  ])("in %s: 400", async (_, path) => {
    const response = await world.app.request(path);
    expect(response.status).toBe(400);
    expect((await problem(response)).code).toBe("VALIDATION_FAILED");
  });

  it("in an email (EMAIL_PATTERN alone accepts it): 400 naming the field", async () => {
    const response = await world.app.request(
      "/api/v1/auth/magic-link",
      json("POST", { email: "zoe\u0000@exemple.fr" }),
    );
    expect(response.status).toBe(400);
    const body = await problem(response);
    expect(body.errors?.map((e) => e.path)).toEqual(["email"]);
  });

  it("in a nested JSON string or an object key", async () => {
    const nested = await world.app.request(
      "/api/v1/offers",
      json(
        "POST",
        { romeCode: "D1102", workplaceAddress: "1 rue\u0000", contractTypes: ["a\u0000"] },
        bearer(accessToken),
      ),
    );
    expect(nested.status).toBe(400);
    expect((await problem(nested)).errors?.map((e) => e.path)).toEqual(["workplaceAddress", "contractTypes.0"]);
    const key = await world.app.request("/api/v1/me", json("PATCH", { "first\u0000Name": "Zoé" }, bearer(accessToken)));
    expect(key.status).toBe(400);
  });

  it("in an organisation header or a session cookie", async () => {
    const header = await world.app.request("/api/v1/organisation", {
      headers: bearer(accessToken, { "x-organisation-id": "org%00" }),
    });
    // Header values are not percent-decoded: "org%00" is an unknown organisation, not a NUL byte.
    expect(header.status).toBe(403);
    const cookie = await world.app.request("/api/v1/me", { headers: { cookie: "session=abc%00def" } });
    expect(cookie.status).toBe(400);
    expect((await problem(cookie)).code).toBe("VALIDATION_FAILED");
  });

  it("while an escaped backslash followed by u0000 is plain text", async () => {
    const response = await world.app.request("/api/v1/auth/magic-link", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: '{"email":"zoe\\\\u0000@exemple.fr"}',
    });
    // The address is `zoe\u0000@exemple.fr` with a real backslash: odd, yet no NUL, so the usual answer.
    expect(response.status).toBe(202);
  });
});

describe("instants PostgreSQL cannot store", () => {
  it.each(["0000-01-01T00:00:00Z", "0001-01-01T00:30:00+01:00", "9999-12-31T23:59:59-01:00"])(
    "updatedSince=%s is 400 VALIDATION_FAILED",
    async (instant) => {
      const response = await world.app.request(`/api/v1/partner/offers?updatedSince=${encodeURIComponent(instant)}`, {
        headers: { "X-Api-Key": apiKey },
      });
      expect(response.status).toBe(400);
      expect((await problem(response)).errors?.[0]?.path).toBe("updatedSince");
    },
  );

  it.each(["0000-01-01T00:00:00Z", "0000-06-01"])("/dev/jobs now=%s is 400", async (now) => {
    const response = await world.app.request(`/dev/jobs/offers:expire?now=${now}`, { method: "POST" });
    expect(response.status).toBe(400);
    expect((await problem(response)).errors?.[0]?.path).toBe("now");
  });

  it("the first and last storable instants still pass", async () => {
    for (const instant of ["0001-01-01T00:00:00Z", "9999-12-31T23:59:59Z"]) {
      const response = await world.app.request(`/api/v1/partner/offers?updatedSince=${instant}`, {
        headers: { "X-Api-Key": apiKey },
      });
      expect(response.status).toBe(200);
    }
  });
});

describe("the action pages", () => {
  const token = "A".repeat(43);

  it.each([
    ["multipart without a boundary", "multipart/form-data", "champ=valeur"],
    ["multipart with a broken body", "multipart/form-data; boundary=xyz", "--xyz\r\nnot a part"],
  ])("%s is a French 400 page, not a 500 page", async (_, contentType, body) => {
    const response = await world.app.request(`/connexion/${token}`, raw("POST", body, contentType));
    expect(response.status).toBe(400);
    expect(response.headers.get("content-type")).toMatch(/^text\/html/);
    const page = await response.text();
    expect(page).toContain('<html lang="fr">');
    expect(page).toMatch(/formulaire/i);
    expect(page).not.toMatch(/\bat .*:\d+:\d+/);
  });

  it("a NUL byte in a form field is a 400 page too", async () => {
    const response = await world.app.request(
      `/offres/prolonger/${token}`,
      raw("POST", "raison=a%00b", "application/x-www-form-urlencoded"),
    );
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('<html lang="fr">');
  });
});

describe("keys of Object.prototype are not routes", () => {
  it.each(["constructor", "__proto__", "toString", "hasOwnProperty", "valueOf"])(
    "GET /docs/assets/%s is 404",
    async (name) => {
      const response = await world.app.request(`/docs/assets/${name}`);
      expect(response.status).toBe(404);
      expect((await problem(response)).code).toBe("NOT_FOUND");
    },
  );
});
