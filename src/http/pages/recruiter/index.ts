import { OpenAPIHono } from "@hono/zod-openapi";
import type { RecruiterUseCases } from "../../../application/recruiter/index.ts";
import type { SitePageKit } from "../site/site-kit.ts";

/** STUB (issue 13): replaced by the pages of this context. */
export function recruiterPageRoutes(_useCases: RecruiterUseCases, _kit: SitePageKit) {
  return new OpenAPIHono();
}
