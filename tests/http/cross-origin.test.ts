import { Hono } from "hono";
import { describe, expect, it } from "vitest";
import { crossOrigin } from "../../src/http/middleware/cross-origin.ts";

const ALLOWED = "https://www.1jeune1solution.gouv.fr";
const app = new Hono()
  .use("/api/*", crossOrigin([ALLOWED]))
  .get("/api/v1/thing", (c) => c.json({ ok: true }))
  .post("/api/v1/thing", (c) => c.json({ ok: true }, 201));

describe("CORS on /api (docs/API.md Conventions)", () => {
  it("lets an allowed browser origin read the answer, with credentials", async () => {
    const response = await app.request("/api/v1/thing", { headers: { origin: ALLOWED } });
    expect(response.status).toBe(200);
    expect(response.headers.get("access-control-allow-origin")).toBe(ALLOWED);
    expect(response.headers.get("access-control-allow-credentials")).toBe("true");
    expect(response.headers.get("vary")).toContain("Origin");
    expect(await response.json()).toEqual({ ok: true });
  });

  it("answers an allowed origin's preflight with the methods and a 10-minute max age", async () => {
    const response = await app.request("/api/v1/thing", {
      method: "OPTIONS",
      headers: { origin: ALLOWED, "access-control-request-method": "POST" },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get("access-control-allow-origin")).toBe(ALLOWED);
    expect(response.headers.get("access-control-allow-methods")).toContain("POST");
    expect(response.headers.get("access-control-max-age")).toBe("600");
  });

  it("gives another origin no permission to read", async () => {
    const response = await app.request("/api/v1/thing", { headers: { origin: "https://evil.example" } });
    expect(response.headers.get("access-control-allow-origin")).toBeNull();
  });

  it("leaves a request without Origin (a server, curl) its answer as is, marked as varying with Origin", async () => {
    const response = await app.request("/api/v1/thing", { method: "POST" });
    expect(response.status).toBe(201);
    expect(response.headers.get("access-control-allow-origin")).toBeNull();
    expect(response.headers.get("vary")).toBe("Origin");
    expect(await response.json()).toEqual({ ok: true });
  });
});
