import { OpenAPIHono } from "@hono/zod-openapi";
import type { CfaMandateUseCases } from "../../../application/cfa-mandate/index.ts";
import type { SitePageKit } from "../site/site-kit.ts";

/** STUB (issue 13): replaced by the pages of this context. */
export function cfaPartnerPageRoutes(_useCases: CfaMandateUseCases, _kit: SitePageKit) {
  return new OpenAPIHono();
}
