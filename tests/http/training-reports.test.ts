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

// Runs once the training module spreads in the training-report use cases, routes and catalogue.

let database: DatabaseHandle;
let world: IdentityTestApp;
let supportToken: string;
beforeAll(async () => {
  database = await createTestDatabase();
  world = await createIdentityTestApp(database);
  supportToken = await logIn(world.app, ADMIN_EMAIL);
});
afterAll(() => database.close());

let sequence = 0;
/** TEST DATA: a Luhn-valid demo SIRET, Lyon (INSEE 69123), a made-up reporter per report. */
const aReport = (overrides: Record<string, unknown> = {}) => ({
  siret: "99100002700110",
  rncp: "RNCP34567",
  period: "2026-09",
  insee: "69123",
  reporterEmail: `contact${++sequence}@cfa-test.fr`,
  ...overrides,
});

/** Each report from its own client address: the public-write limit per address is not what this file tests. */
const report = async (body: unknown) => {
  const address = { incoming: { socket: { remoteAddress: `198.51.100.${++sequence % 250}` } } };
  const response = await world.app.request("/api/v1/training-reports", json("POST", body), address);
  return { status: response.status, body: await response.json() };
};

const resolve = async (id: string, token: string, body?: unknown) => {
  const response = await world.app.request(
    `/api/v1/admin/training-reports/${id}/resolve`,
    body === undefined ? { method: "POST", headers: bearer(token) } : json("POST", body, bearer(token)),
  );
  return { status: response.status, body: await response.json() };
};

const listOf = async (query: string, token = supportToken) => {
  const response = await world.app.request(`/api/v1/admin/training-reports${query}`, { headers: bearer(token) });
  return { status: response.status, body: await response.json() };
};

describe("POST /api/v1/training-reports", () => {
  it("answers 201 with the id; support gets the report and the reporter an acknowledgement", async () => {
    const body = aReport({ cfd: "50022137" });
    const created = await report(body);
    expect(created).toEqual({ status: 201, body: { id: expect.any(String) } });
    const toSupport = await newestEmail(world.app, ADMIN_EMAIL);
    expect(toSupport.subject).toBe("Formation absente du site signalée (SIRET 99100002700110)");
    expect(toSupport.text).toContain("Code diplôme (CFD) : 50022137");
    expect(toSupport.text).toContain(created.body.id);
    const acknowledged = await newestEmail(world.app, body.reporterEmail);
    expect(acknowledged.subject).toBe("Nous avons bien reçu votre signalement de formation absente");
  });

  it.each([
    ["a malformed period", { period: "09/2026" }, "TRAINING_REPORT_INVALID", ["period"]],
    ["no place", { insee: undefined }, "TRAINING_REPORT_INVALID", ["insee", "postcode"]],
    ["an INSEE code no commune has", { insee: "00000" }, "PLACE_UNKNOWN", ["insee"]],
    ["a wrong SIRET", { siret: "99100002700111" }, "SIRET_INVALID", undefined],
    ["a malformed email", { reporterEmail: "contact@" }, "EMAIL_MALFORMED", undefined],
  ])("refuses %s with 400 and a French detail", async (_, overrides, code, paths) => {
    const { status, body } = await report(aReport(overrides));
    expect(status).toBe(400);
    expect(body).toMatchObject({ code, detail: expect.stringMatching(/\S/) });
    expect(body.errors?.map((error: { path: string }) => error.path)).toEqual(paths);
  });

  it("refuses a body without its required fields as VALIDATION_FAILED", async () => {
    const { status, body } = await report({ siret: "99100002700110" });
    expect(status).toBe(400);
    expect(body.code).toBe("VALIDATION_FAILED");
  });
});

describe("support's training reports", () => {
  it("are listed to support only", async () => {
    const member = await registerAndLogIn(world);
    expect((await world.app.request("/api/v1/admin/training-reports")).status).toBe(401);
    expect(await listOf("", member.accessToken)).toMatchObject({ status: 403, body: { code: "ADMIN_ONLY" } });
    const { body } = await listOf("?status=open&pageSize=200");
    expect(body).toMatchObject({ page: 1, pageSize: 200, total: expect.any(Number) });
    expect(body.items.every((item: { status: string }) => item.status === "open")).toBe(true);
  });

  it("are resolved once, the reporter being told with support's message", async () => {
    const body = aReport({ rncp: null, insee: null, postcode: "69003" });
    const { body: created } = await report(body);
    const resolved = await resolve(created.id, supportToken, { message: "Vos formations sont de nouveau en ligne." });
    expect(resolved).toMatchObject({
      status: 200,
      body: { id: created.id, status: "resolved", postcode: "69003", insee: null, rncp: null },
    });
    expect(resolved.body.resolutionNote).toBe("Vos formations sont de nouveau en ligne.");
    const told = await newestEmail(world.app, body.reporterEmail);
    expect(told.subject).toBe("Votre signalement de formation absente est résolu");
    expect(told.text).toContain("Vos formations sont de nouveau en ligne.");
    const again = await resolve(created.id, supportToken);
    expect(again).toMatchObject({ status: 409, body: { code: "TRAINING_REPORT_ALREADY_RESOLVED" } });
    const { body: list } = await listOf("?status=resolved");
    expect(list.items.map((item: { id: string }) => item.id)).toContain(created.id);
  });

  it("answers 404 for an unknown report and 403 to a member who is not support", async () => {
    const member = await registerAndLogIn(world);
    const { body: created } = await report(aReport());
    expect(await resolve("unknown", supportToken)).toMatchObject({
      status: 404,
      body: { code: "TRAINING_REPORT_NOT_FOUND" },
    });
    expect(await resolve(created.id, member.accessToken)).toMatchObject({ status: 403, body: { code: "ADMIN_ONLY" } });
  });
});
