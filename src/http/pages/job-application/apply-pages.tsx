import { OpenAPIHono } from "@hono/zod-openapi";
import type { JobApplicationUseCases } from "../../../application/job-application/index.ts";
import type { SitePageKit } from "../site/site-kit.ts";

/** STUB (issue 13): replaced by the pages of this context. */
export function applyPageRoutes(_useCases: JobApplicationUseCases, _kit: SitePageKit) {
  return new OpenAPIHono();
}
