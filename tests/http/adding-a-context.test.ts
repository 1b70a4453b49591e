import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../../src/adapters/postgres/database.ts";
import { defineModule } from "../../src/composition/context-module.ts";
import { CONTEXT_MODULES } from "../../src/composition/modules.ts";
import { err, ok } from "../../src/domain/shared/result.ts";
import type { Catalogue } from "../../src/http/problem-catalogue.ts";
import { refusalResponder } from "../../src/http/refusals.ts";
import { problemContent } from "../../src/http/schemas/problem.schema.ts";
import {
  ADMIN_EMAIL,
  bearer,
  createIdentityTestApp,
  type IdentityTestApp,
  logIn,
  registerAndLogIn,
} from "../support/identity-app.ts";
import { createTestDatabase } from "../support/test-database.ts";

/**
 * docs/ARCHITECTURE.md "Adding a context": a whole context — a use case, a route, a refusal, a job, a fixture and a
 * reaction to another context's event — declared in one module and added to the list, with no other file touched.
 */
type NoticeUnknown = Readonly<{ code: "NOTICE_UNKNOWN"; noticeId: string }>;

const closedOrganisations: string[] = [];

const noticeRefusals = {
  NOTICE_UNKNOWN: { status: 404, title: "Avis inconnu", detail: (e) => `Aucun avis ne porte le numéro ${e.noticeId}.` },
} satisfies Catalogue<NoticeUnknown>;

const noticeProblem = refusalResponder(noticeRefusals);

const noticeRoute = createRoute({
  method: "get",
  path: "/api/v1/notices/{id}",
  request: { params: z.object({ id: z.string() }) },
  responses: {
    200: { description: "L'avis", content: { "application/json": { schema: z.object({ id: z.string() }) } } },
    404: problemContent("Avis inconnu (NOTICE_UNKNOWN)"),
  },
});

const noticeModule = defineModule({
  name: "notice",
  build: (kit) => ({
    useCases: {
      readNotice: async (id: string) =>
        id === "bienvenue"
          ? ok({ id, organisations: kit.apis.identity !== undefined })
          : err<NoticeUnknown>({ code: "NOTICE_UNKNOWN", noticeId: id }),
    },
    jobs: [{ name: "notices:count", everyMs: 60_000, leaseMs: 10_000, run: async () => ({ notices: 1 }) }],
    fixtures: async () => ({ noticeId: "bienvenue" }),
  }),
  routes: (useCases) => [
    new OpenAPIHono().openapi(noticeRoute, async (c) => {
      const found = await useCases.readNotice(c.req.valid("param").id);
      return found.ok ? c.json({ id: found.value.id }, 200) : noticeProblem(c, found.error);
    }),
  ],
  refusals: noticeRefusals,
  reactions: {
    organisationClosed: () => async (event) => {
      closedOrganisations.push(event.organisationId);
    },
  },
});

let database: DatabaseHandle;
let world: IdentityTestApp;
beforeAll(async () => {
  database = await createTestDatabase();
  world = await createIdentityTestApp(database, {}, {}, [...CONTEXT_MODULES, noticeModule]);
});
afterAll(() => database.close());

describe("a context added as one module and one list entry", () => {
  it("serves its route, documented in /openapi.json, and answers its refusal as problem+json", async () => {
    expect(await (await world.app.request("/api/v1/notices/bienvenue")).json()).toEqual({ id: "bienvenue" });
    const refused = await world.app.request("/api/v1/notices/autre");
    expect(refused.status).toBe(404);
    expect(await refused.json()).toMatchObject({
      code: "NOTICE_UNKNOWN",
      detail: "Aucun avis ne porte le numéro autre.",
    });
    const document = await (await world.app.request("/openapi.json")).json();
    expect(Object.keys(document.paths)).toContain("/api/v1/notices/{id}");
  });

  it("adds its job to the runner and its keys to /dev/fixtures", async () => {
    const run = await world.app.request("/dev/jobs/notices:count", { method: "POST" });
    expect(await run.json()).toMatchObject({ name: "notices:count", summary: { notices: 1 } });
    expect(await (await world.app.request("/dev/fixtures")).json()).toMatchObject({ noticeId: "bienvenue" });
  });

  it("reacts to another context's event inside that context's transaction", async () => {
    const admin = await logIn(world.app, ADMIN_EMAIL);
    const { organisationId } = await registerAndLogIn(world);
    const disabled = await world.app.request(`/api/v1/admin/organisations/${organisationId}/disable`, {
      method: "POST",
      headers: bearer(admin),
    });
    expect(disabled.status).toBe(200);
    expect(closedOrganisations).toEqual([organisationId]);
  });
});
