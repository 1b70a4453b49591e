import { OpenAPIHono } from "@hono/zod-openapi";
import type { OfferUseCases } from "../../../../application/offer/index.ts";
import type { SitePageKit } from "../../site/site-kit.ts";

/** STUB (issue 13): replaced by the pages of this context. */
export function offerConsolePageRoutes(_useCases: OfferUseCases, _kit: SitePageKit) {
  return new OpenAPIHono();
}
