import { OpenAPIHono } from "@hono/zod-openapi";
import type { JobApplicationUseCases as UseCases } from "../../../application/job-application/index.ts";
import { actionPageRoutes } from "../index.ts";
import { responsePage } from "./response-page.ts";

/** The pages applications' emails link to (docs/API.md "Action pages"): the company's quick response. */
export function jobApplicationPageRoutes(useCases: UseCases) {
  const app = new OpenAPIHono();
  app.route("/", actionPageRoutes(responsePage(useCases)));
  return app;
}
