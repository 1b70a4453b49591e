import { describe, expect, it } from "vitest";
import { UpstreamUnavailable } from "../../../src/application/shared/ports.ts";
import { demoOfferExtendPage, demoState, issueDemoLink } from "./demo-offer-extend-page.ts";
import { type LogEntry, pageTestApp } from "./support.ts";

async function failingApp(failure: Error) {
  const state = demoState();
  const token = await issueDemoLink(state, 7);
  const logs: LogEntry[] = [];
  const app = pageTestApp(
    demoOfferExtendPage(state, async () => Promise.reject(failure)),
    logs,
  );
  return { app, logs, url: `/exemple/offres/${token}` };
}

describe("technical failures on an action page", () => {
  it("answers an upstream outage with a French 503 page saying nothing was done", async () => {
    const { app, logs, url } = await failingApp(new UpstreamUnavailable("INSEE", "timeout"));
    const res = await app.request(url);
    const html = await res.text();
    expect(res.status).toBe(503);
    expect(res.headers.get("content-type")).toContain("text/html");
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(html).toContain("<h1>Service momentanément indisponible</h1>");
    expect(html).toContain("Rien n’a été enregistré");
    expect(logs).toMatchObject([{ level: "warn", fields: { upstream: "INSEE" } }]);
  });

  it("answers a bug with a 500 page carrying the request id and no stack", async () => {
    const { app, logs, url } = await failingApp(new Error("boom at secret place"));
    const res = await app.request(url);
    const html = await res.text();
    const requestId = res.headers.get("x-request-id");
    expect(res.status).toBe(500);
    expect(html).toContain("<h1>Une erreur est survenue</h1>");
    expect(html).toContain(`<code>${requestId}</code>`);
    expect(html).not.toContain("boom");
    expect(logs).toMatchObject([{ level: "error", fields: { requestId, error: "boom at secret place" } }]);
  });
});

describe("OpenAPI", () => {
  it("documents the page's GET and POST as HTML on the parent app", () => {
    const app = pageTestApp(demoOfferExtendPage(demoState()));
    const doc = app.getOpenAPI31Document({ openapi: "3.1.0", info: { title: "t", version: "1" } });
    const path = doc.paths?.["/exemple/offres/{token}"];
    expect(path?.get?.responses?.["200"]).toMatchObject({ content: { "text/html": {} } });
    expect(path?.post?.responses).toHaveProperty("401");
    expect(path?.get?.parameters).toMatchObject([{ name: "token", in: "path" }]);
  });
});
