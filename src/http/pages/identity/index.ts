import { OpenAPIHono } from "@hono/zod-openapi";
import type { IdentityUseCases as UseCases } from "../../../application/identity/index.ts";
import { actionPageRoutes } from "../index.ts";
import { emailConfirmationPage } from "./email-confirmation-page.ts";
import { invitationPage } from "./invitation-page.ts";
import { joinRequestPage } from "./join-request-page.ts";
import { loginPage } from "./login-page.ts";
import { identityPageLinks } from "./page-links.ts";

/** The identity context's action pages (docs/API.md "Action pages"), at the paths its emails link to. */
export function identityPageRoutes(useCases: UseCases) {
  const links = identityPageLinks();
  const app = new OpenAPIHono();
  for (const page of [
    loginPage(useCases, links),
    emailConfirmationPage(useCases, links),
    invitationPage(useCases, links),
    joinRequestPage(useCases, links),
  ]) {
    app.route("/", actionPageRoutes(page));
  }
  return app;
}
