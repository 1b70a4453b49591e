import { OpenAPIHono } from "@hono/zod-openapi";
import type { SearchUseCases } from "../../../application/search/index.ts";
import type { SitePageKit } from "../site/site-kit.ts";

/** STUB (issue 13): replaced by the pages of this context. */
export function searchPageRoutes(_useCases: SearchUseCases, _kit: SitePageKit) {
  return new OpenAPIHono();
}
