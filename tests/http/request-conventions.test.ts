import { Hono } from "hono";
import { describe, expect, it } from "vitest";
import type { LogFields } from "../../src/application/shared/ports.ts";
import { requestConventions } from "../../src/http/middleware/request-conventions.ts";

type Line = Readonly<{ message: string; fields: LogFields; scope: LogFields }>;

/** A logger that records each line with the scope it was logged in, and a scope that is a plain stack. */
function conventionsApp() {
  const lines: Line[] = [];
  let scope: LogFields = {};
  const log = (message: string, fields: LogFields = {}) => void lines.push({ message, fields, scope });
  const logger = { debug: log, info: log, warn: log, error: log };
  const logScope = async (fields: LogFields, work: () => Promise<void>) => {
    const outer = scope;
    scope = { ...outer, ...fields };
    try {
      await work();
    } finally {
      scope = outer;
    }
  };
  const securityHeaders = { "X-Content-Type-Options": "nosniff", "Content-Security-Policy": "default-src 'self'" };
  const app = new Hono()
    .use(requestConventions({ logger, logScope, securityHeaders }))
    .get("/plain", (c) => {
      logger.info("inside");
      return c.json({ requestId: c.get("requestId") });
    })
    .get("/strict", (c) => c.text("page", 200, { "Content-Security-Policy": "default-src 'none'" }))
    .get("/connexion/:token", (c) => c.text("link"));
  return { app, lines };
}

describe("the request conventions every answer carries", () => {
  it("keeps a caller's plain request id, on the answer, in the context and on every line logged meanwhile", async () => {
    const { app, lines } = conventionsApp();
    const response = await app.request("/plain", { headers: { "X-Request-Id": "amont-42_a=b" } });
    expect(response.headers.get("x-request-id")).toBe("amont-42_a=b");
    expect(await response.json()).toEqual({ requestId: "amont-42_a=b" });
    expect(lines.map((line) => [line.message, line.scope.requestId])).toEqual([
      ["inside", "amont-42_a=b"],
      ["request", "amont-42_a=b"],
    ]);
    expect(lines[1]?.fields).toMatchObject({ method: "GET", path: "/plain", status: 200 });
  });

  it("replaces a request id that is too long or carries other characters with a new UUID", async () => {
    const { app } = conventionsApp();
    for (const incoming of ["a b", "x".repeat(256), "é", ""]) {
      const response = await app.request("/plain", { headers: { "X-Request-Id": incoming } });
      expect(response.headers.get("x-request-id")).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-/);
    }
  });

  it("adds the security headers a handler did not set, and keeps those it did", async () => {
    const { app } = conventionsApp();
    const plain = await app.request("/plain");
    expect(plain.headers.get("content-security-policy")).toBe("default-src 'self'");
    expect(plain.headers.get("x-content-type-options")).toBe("nosniff");
    const strict = await app.request("/strict");
    expect(strict.headers.get("content-security-policy")).toBe("default-src 'none'");
    expect(strict.headers.get("x-content-type-options")).toBe("nosniff");
  });

  it("logs the path without its query string and with a link token masked", async () => {
    const { app, lines } = conventionsApp();
    await app.request(`/connexion/${"A".repeat(43)}?email=personne@example.fr`);
    expect(lines.at(-1)?.fields).toMatchObject({ path: "/connexion/[jeton]" });
  });
});
