import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { describe, expect, it } from "vitest";
import { noContent } from "../../src/http/no-content.ts";
import { platformProblem } from "../../src/http/platform-errors.ts";
import { problemContent } from "../../src/http/schemas/problem.schema.ts";

/**
 * docs/adr/0014: a handler returning a refusal whose status its route does not declare is a compile error. The
 * `@ts-expect-error` lines are the test: `npm run typecheck` fails when one of them compiles again (as every one
 * did while problem responses were typed `never`). At run time, the answers carry the catalogue's statuses.
 */

const json = { "application/json": { schema: z.object({ name: z.string() }) } };

const jobRoute = createRoute({
  method: "get",
  path: "/jobs/{name}",
  request: { params: z.object({ name: z.string() }) },
  responses: { 200: { description: "La tâche", content: json }, 404: problemContent("Tâche inconnue (JOB_UNKNOWN)") },
});

const deleteRoute = createRoute({
  method: "delete",
  path: "/jobs/{name}",
  request: { params: z.object({ name: z.string() }) },
  responses: { 204: { description: "Supprimée" }, 404: problemContent("Tâche inconnue (JOB_UNKNOWN)") },
});

const unknown = (name: string) => ({ code: "JOB_UNKNOWN" as const, name });
const busy = (name: string) => ({ code: "JOB_BUSY" as const, name });

describe("problem statuses are checked against each route's declared responses", () => {
  it("compiles a declared refusal and answers it with the catalogue's status", async () => {
    const app = new OpenAPIHono()
      .openapi(jobRoute, (c) => platformProblem(c, unknown(c.req.valid("param").name)))
      .openapi(deleteRoute, (c) =>
        c.req.valid("param").name === "x" ? noContent(c) : platformProblem(c, unknown("y")),
      );
    const answer = await app.request("/jobs/rapport");
    expect(answer.status).toBe(404);
    expect(answer.headers.get("content-type")).toBe("application/problem+json");
    expect(await answer.json()).toMatchObject({ code: "JOB_UNKNOWN", status: 404 });
    expect((await app.request("/jobs/x", { method: "DELETE" })).status).toBe(204);
  });

  it("refuses an undeclared status, on routes with content and on routes with a 204", () => {
    const app = new OpenAPIHono();
    // @ts-expect-error JOB_BUSY is a 409, which jobRoute does not declare.
    app.openapi(jobRoute, (c) => platformProblem(c, busy("rapport")));
    // @ts-expect-error an overridden status must be declared too.
    app.openapi(jobRoute, (c) => platformProblem(c, unknown("rapport"), 410));
    // @ts-expect-error a 204 route is no escape: its other answers are still checked.
    app.openapi(deleteRoute, (c) => (c.req.valid("param").name === "x" ? noContent(c) : platformProblem(c, busy("y"))));
    // @ts-expect-error a code no catalogue presents does not compile at all.
    app.openapi(jobRoute, (c) => platformProblem(c, { code: "JOB_GONE", name: "x" }));
    expect(app.routes.length).toBeGreaterThan(0);
  });
});
