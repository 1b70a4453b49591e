import { OpenAPIHono } from "@hono/zod-openapi";
import type { AppointmentUseCases as UseCases } from "../../../application/appointment/index.ts";
import { actionPageRoutes } from "../index.ts";
import { parcoursupPage } from "./parcoursup-page.ts";
import { replyPage } from "./reply-page.ts";

/** The pages appointment emails link to (docs/API.md "Action pages"): the CFA's answer, the Parcoursup activation. */
export function appointmentPageRoutes(useCases: UseCases) {
  const app = new OpenAPIHono();
  for (const page of [replyPage(useCases), parcoursupPage(useCases)]) app.route("/", actionPageRoutes(page));
  return app;
}
