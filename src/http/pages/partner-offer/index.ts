import { OpenAPIHono } from "@hono/zod-openapi";
import type { PartnerOfferUseCases } from "../../../application/partner-offer/index.ts";
import type { SitePageKit } from "../site/site-kit.ts";

/** STUB (issue 13): replaced by the pages of this context. */
export function partnerOfferPageRoutes(_useCases: PartnerOfferUseCases, _kit: SitePageKit) {
  return new OpenAPIHono();
}
