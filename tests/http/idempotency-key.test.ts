import { OpenAPIHono } from "@hono/zod-openapi";
import { describe, expect, it } from "vitest";
import { createMemoryIdempotencyKeys } from "../../src/adapters/memory/idempotency-keys.memory.ts";
import { idempotentRequests } from "../../src/application/service/index.ts";
import { idempotencyLayer } from "../../src/http/middleware/idempotency.ts";
import { aTestClock } from "../support/test-clock.ts";

/**
 * docs/adr/0018, issue 9 §4: a write retried with the same Idempotency-Key is answered once. The middleware on a
 * small app whose one route counts its writes; tests/http/idempotency-app.test.ts runs it in the whole service.
 */
function anApp(options: { failFirst?: boolean } = {}) {
  const clock = aTestClock();
  const requests = idempotentRequests({
    keys: createMemoryIdempotencyKeys(),
    clock,
    settings: { ttlMs: 86_400_000, holdMs: 60_000 },
  });
  const state = { writes: 0, failures: options.failFirst ? 1 : 0, gate: null as Promise<void> | null };
  const routes = new OpenAPIHono();
  routes.post("/api/v1/things", async (c) => {
    if (state.gate) await state.gate;
    if (state.failures-- > 0) return c.json({ code: "DATABASE_UNAVAILABLE" }, 503);
    state.writes++;
    c.header("Location", `/api/v1/things/${state.writes}`);
    return c.json({ n: state.writes, body: await c.req.json() }, 201);
  });
  const app = new OpenAPIHono();
  app.route("/", idempotencyLayer(requests, { trustedProxyHops: 0 }));
  app.route("/", routes);
  return { app, state, clock };
}

const post = (app: OpenAPIHono, body: unknown, headers: Record<string, string> = {}) =>
  app.request("/api/v1/things", {
    method: "POST",
    headers: { "content-type": "application/json", authorization: "Bearer token-of-lea", ...headers },
    body: JSON.stringify(body),
  });

describe("Idempotency-Key", () => {
  it("answers a retry with the first answer, and writes once", async () => {
    const { app, state } = anApp();
    const first = await post(app, { name: "a" }, { "Idempotency-Key": "3f0c7a52-0d1e-4d55-9a57-2c9e2f1b6a10" });
    const retry = await post(app, { name: "a" }, { "Idempotency-Key": "3f0c7a52-0d1e-4d55-9a57-2c9e2f1b6a10" });
    expect(state.writes).toBe(1);
    expect([first.status, retry.status]).toEqual([201, 201]);
    expect(await retry.json()).toEqual(await first.json());
    expect(retry.headers.get("location")).toBe("/api/v1/things/1");
    expect(retry.headers.get("idempotent-replayed")).toBe("true");
    expect(first.headers.get("idempotent-replayed")).toBeNull();
  });

  it("refuses the same key with another body: 422 IDEMPOTENCY_KEY_REUSED, nothing written", async () => {
    const { app, state } = anApp();
    await post(app, { name: "a" }, { "Idempotency-Key": "k1" });
    const other = await post(app, { name: "b" }, { "Idempotency-Key": "k1" });
    expect(other.status).toBe(422);
    expect(other.headers.get("content-type")).toBe("application/problem+json");
    expect(await other.json()).toMatchObject({
      code: "IDEMPOTENCY_KEY_REUSED",
      detail: expect.stringContaining("clé"),
    });
    expect(state.writes).toBe(1);
  });

  it("answers 409 IDEMPOTENCY_KEY_IN_USE while the first request is still running", async () => {
    const { app, state } = anApp();
    let open = () => {};
    state.gate = new Promise((resolve) => {
      open = resolve;
    });
    const first = post(app, { name: "a" }, { "Idempotency-Key": "k1" });
    await new Promise((resolve) => setTimeout(resolve, 20));
    const meanwhile = await post(app, { name: "a" }, { "Idempotency-Key": "k1" });
    expect(meanwhile.status).toBe(409);
    expect(meanwhile.headers.get("retry-after")).toBe("1");
    expect(await meanwhile.json()).toMatchObject({ code: "IDEMPOTENCY_KEY_IN_USE" });
    open();
    expect((await first).status).toBe(201);
    expect(state.writes).toBe(1);
  });

  it("does not keep a failure: the retry runs the request again", async () => {
    const { app, state } = anApp({ failFirst: true });
    expect((await post(app, { name: "a" }, { "Idempotency-Key": "k1" })).status).toBe(503);
    expect((await post(app, { name: "a" }, { "Idempotency-Key": "k1" })).status).toBe(201);
    expect(state.writes).toBe(1);
  });

  it("keeps keys per caller: another session's same key is its own request", async () => {
    const { app, state } = anApp();
    await post(app, { name: "a" }, { "Idempotency-Key": "k1" });
    const someoneElse = await post(
      app,
      { name: "a" },
      { "Idempotency-Key": "k1", authorization: "Bearer token-of-leo" },
    );
    expect(someoneElse.headers.get("idempotent-replayed")).toBeNull();
    expect(state.writes).toBe(2);
  });

  it("changes nothing without the header, and refuses a malformed key with 400", async () => {
    const { app, state } = anApp();
    await post(app, { name: "a" });
    await post(app, { name: "a" });
    expect(state.writes).toBe(2);
    const malformed = await post(app, { name: "a" }, { "Idempotency-Key": "deux mots" });
    expect(malformed.status).toBe(400);
    expect(await malformed.json()).toMatchObject({
      code: "VALIDATION_FAILED",
      errors: [{ path: "Idempotency-Key", message: expect.any(String) }],
    });
    expect(state.writes).toBe(2);
  });

  it("forgets the answer after its time: the key serves a new request", async () => {
    const { app, state, clock } = anApp();
    await post(app, { name: "a" }, { "Idempotency-Key": "k1" });
    clock.advance(86_400_000);
    await post(app, { name: "a" }, { "Idempotency-Key": "k1" });
    expect(state.writes).toBe(2);
  });
});
