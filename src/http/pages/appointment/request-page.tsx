import { OpenAPIHono } from "@hono/zod-openapi";
import type { AppointmentUseCases } from "../../../application/appointment/index.ts";
import type { SitePageKit } from "../site/site-kit.ts";

/** STUB (issue 13): replaced by the pages of this context. */
export function appointmentRequestPageRoutes(_useCases: AppointmentUseCases, _kit: SitePageKit) {
  return new OpenAPIHono();
}
