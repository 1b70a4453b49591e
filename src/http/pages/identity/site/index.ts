import { OpenAPIHono } from "@hono/zod-openapi";
import type { IdentityUseCases } from "../../../../application/identity/index.ts";
import type { SitePageKit } from "../../site/site-kit.ts";

/** STUB (issue 13): replaced by the pages of this context. */
export function identitySitePageRoutes(_useCases: IdentityUseCases, _kit: SitePageKit) {
  return new OpenAPIHono();
}
