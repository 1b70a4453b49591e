import { OpenAPIHono } from "@hono/zod-openapi";
import type { HiringCompanyUseCases } from "../../../application/hiring-company/index.ts";
import type { SitePageKit } from "../site/site-kit.ts";

/** STUB (issue 13): replaced by the pages of this context. */
export function companyPageRoutes(_useCases: HiringCompanyUseCases, _kit: SitePageKit) {
  return new OpenAPIHono();
}
