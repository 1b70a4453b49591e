import { Hono } from "hono";
import { describe, expect, it } from "vitest";
import { DEMO_PARTNER_API_KEY } from "../../src/application/partner-access/index.ts";
import { type PartnerEnv, partnerKey } from "../../src/http/middleware/partner-key.ts";
import { partnerAccessCatalogue, partnerQuotaExceeded } from "../../src/http/partner-access-errors.ts";
import { partnerAccessOnFakes } from "../application/partner-access/partner-access-fakes.ts";

/** A tiny app with one partner route behind the middleware (the real feeds come with the offers table). */
async function aPartnerApp(settings = { acceptDemoKey: false }) {
  const fakes = partnerAccessOnFakes(settings);
  const { clearKey } = await fakes.aKey("Parcoursup", { limit: 2, windowMs: 60_000 });
  const app = new Hono<PartnerEnv>();
  app.use("/api/v1/partner/*", partnerKey(fakes.authenticatePartner));
  app.get("/api/v1/partner/offers", (c) => c.json({ partnerName: c.var.partner.partnerName }));
  const get = (headers: Record<string, string> = {}) => app.request("/api/v1/partner/offers", { headers });
  return { fakes, clearKey, get };
}

async function expectProblem(response: Response, status: number, code: string) {
  expect(response.status).toBe(status);
  expect(response.headers.get("content-type")).toBe("application/problem+json");
  const body = await response.json();
  expect(body).toMatchObject({ status, code, type: expect.stringContaining(code.toLowerCase().replaceAll("_", "-")) });
  expect(body.detail).toMatch(/[éèàç]|clé/);
  return body;
}

describe("partnerKey middleware", () => {
  it("lets a known key through and gives the handler its partner, whatever the header's case", async () => {
    const { clearKey, get } = await aPartnerApp();
    const response = await get({ "x-api-key": clearKey });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ partnerName: "Parcoursup" });
  });

  it("answers 401 API_KEY_INVALID without a key, asking for the header", async () => {
    const { get } = await aPartnerApp();
    const body = await expectProblem(await get(), 401, "API_KEY_INVALID");
    expect(body.detail).toContain("X-Api-Key");
  });

  it.each([
    ["malformed", "not-a-key"],
    ["unknown", `lba_${"z".repeat(43)}`],
    ["demo outside development", DEMO_PARTNER_API_KEY],
  ])("answers 401 API_KEY_INVALID for a %s key, with a challenge", async (_, apiKey) => {
    const { get } = await aPartnerApp();
    const response = await get({ "X-Api-Key": apiKey });
    await expectProblem(response, 401, "API_KEY_INVALID");
    expect(response.headers.get("www-authenticate")).toContain("X-Api-Key");
  });

  it("answers 401 for a revoked key", async () => {
    const { fakes, clearKey, get } = await aPartnerApp();
    await fakes.revokePartnerApiKey("key-1");
    await expectProblem(await get({ "X-Api-Key": clearKey }), 401, "API_KEY_INVALID");
  });

  it("answers 429 RATE_LIMITED with Retry-After past the quota", async () => {
    const { clearKey, get } = await aPartnerApp();
    const headers = { "X-Api-Key": clearKey };
    expect((await get(headers)).status).toBe(200);
    expect((await get(headers)).status).toBe(200);
    const refused = await get(headers);
    const body = await expectProblem(refused, 429, "RATE_LIMITED");
    // docs/adr/0016: the window opened with the first request and the limiter keeps its own (real) time.
    const wait = Number(refused.headers.get("retry-after"));
    expect(wait).toBeGreaterThan(55);
    expect(wait).toBeLessThanOrEqual(60);
    expect(body.detail).toBe(
      `Le quota de cette clé d'API (2 requêtes par minute) est atteint. Réessayez dans ${wait} secondes (en-tête Retry-After).`,
    );
  });

  it("opens the route to the demo key in development mode", async () => {
    const { fakes, get } = await aPartnerApp({ acceptDemoKey: true });
    await fakes.ensureDemoPartnerKey();
    const response = await get({ "X-Api-Key": DEMO_PARTNER_API_KEY });
    expect(await response.json()).toEqual({ partnerName: "Démo (développement local)" });
  });
});

describe("partner access wording", () => {
  it.each([
    [{ limit: 600, windowMs: 60_000 }, "600 requêtes par minute"],
    [{ limit: 10_000, windowMs: 3_600_000 }, "10\u202f000 requêtes par heure"],
    [{ limit: 50, windowMs: 7_200_000 }, "50 requêtes par 2 heures"],
    [{ limit: 5, windowMs: 90_000 }, "5 requêtes par 90 secondes"],
    [{ limit: 5, windowMs: 1_500 }, "5 requêtes par 1\u202f500 millisecondes"],
  ])("states the quota %j as « %s »", (quota, words) => {
    expect(partnerQuotaExceeded.detail({ code: "RATE_LIMITED", retryAfterSeconds: 1, quota })).toContain(`(${words})`);
  });

  it("asks to resume from nextCursor on a bad cursor", () => {
    expect(partnerAccessCatalogue.CURSOR_INVALID.status).toBe(400);
    expect(partnerAccessCatalogue.CURSOR_INVALID.detail()).toContain("nextCursor");
  });
});
