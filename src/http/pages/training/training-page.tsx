import { OpenAPIHono } from "@hono/zod-openapi";
import type { TrainingUseCases } from "../../../application/training/index.ts";
import type { SitePageKit } from "../site/site-kit.ts";

/** STUB (issue 13): replaced by the pages of this context. */
export function trainingPageRoutes(_useCases: TrainingUseCases, _kit: SitePageKit) {
  return new OpenAPIHono();
}
