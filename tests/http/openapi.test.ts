import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { DatabaseHandle } from "../../src/adapters/postgres/database.ts";
import { createTestApp } from "../support/test-app.ts";
import { createTestDatabase } from "../support/test-database.ts";

let database: DatabaseHandle;
let app: ReturnType<typeof createTestApp>;
beforeAll(async () => {
  database = await createTestDatabase();
  app = createTestApp(database);
});
afterAll(() => database.close());

describe("service routes", () => {
  it("GET /healthz checks the database", async () => {
    const response = await app.request("/healthz");
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok", db: "ok" });
  });

  it("every response carries a request id, and unknown paths are problem+json 404s", async () => {
    const response = await app.request("/nowhere");
    expect(response.status).toBe(404);
    expect(response.headers.get("x-request-id")).toMatch(/\S+/);
    expect(response.headers.get("content-type")).toContain("application/problem+json");
    expect((await response.json()).code).toBe("NOT_FOUND");
  });

  it("sets secure headers", async () => {
    const response = await app.request("/healthz");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
  });
});

describe("GET /openapi.json", () => {
  it("is OpenAPI 3.1 and describes every route the app serves under /api and /healthz", async () => {
    const document = await (await app.request("/openapi.json")).json();
    expect(document.openapi).toBe("3.1.0");
    const documented = Object.keys(document.paths);
    const served = app.routes
      .filter(
        (r) =>
          // Wildcard paths are middleware mounted for some methods (src/http/methods.ts), not routes.
          r.method !== "ALL" &&
          !r.path.includes("*") &&
          (r.path.startsWith("/api/") || r.path.startsWith("/dev/") || r.path === "/healthz"),
      )
      .map((r) => r.path.replace(/:(\w+)/g, "{$1}"));
    expect(served.length).toBeGreaterThan(3);
    for (const path of served) expect(documented).toContain(path);
  });
});

describe("logging", () => {
  it("writes JSON lines that carry the request id of the request that caused them", async () => {
    const lines: string[] = [];
    const spy = vi.spyOn(console, "log").mockImplementation((line: string) => void lines.push(line));
    try {
      const verbose = createTestApp(database, { LOG_LEVEL: "info" });
      const response = await verbose.request("/api/v1/metiers?q=boulan");
      const requestId = response.headers.get("x-request-id");
      const entries = lines.map((line) => JSON.parse(line));
      expect(entries).toContainEqual(expect.objectContaining({ msg: "request", requestId, status: 200 }));
      expect(entries.every((entry) => entry.requestId === requestId)).toBe(true);
    } finally {
      spy.mockRestore();
    }
  });
});
