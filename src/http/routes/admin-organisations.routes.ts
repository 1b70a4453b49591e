import { createRoute, OpenAPIHono } from "@hono/zod-openapi";
import type { IdentityUseCases as UseCases } from "../../application/identity/index.ts";
import { identityProblem } from "../identity-errors.ts";
import { type ActorMiddleware, AUTHENTICATED } from "../middleware/authentication.ts";
import {
  AdminJoinRequestPageSchema,
  AdminOrganisationPageSchema,
  OrganisationParamsSchema,
  OrganisationSchema,
  PageQuerySchema,
} from "../schemas/identity.schema.ts";
import { json } from "../schemas/json-content.ts";
import { problemContent } from "../schemas/problem.schema.ts";
import { validationHook } from "../validation.ts";
import { toJoinRequestBody, toOrganisationBody } from "./identity-bodies.ts";

const tags = ["Support"];
const unauthenticated = problemContent("Non connecté (UNAUTHENTICATED)");

const listRoute = createRoute({
  method: "get",
  path: "/api/v1/admin/organisations",
  tags,
  summary: "Lister les organisations (les plus récentes d'abord)",
  security: AUTHENTICATED,
  request: { query: PageQuerySchema },
  responses: {
    200: { description: "Une page d'organisations", content: json(AdminOrganisationPageSchema) },
    400: problemContent("page ou pageSize invalide (VALIDATION_FAILED)"),
    401: unauthenticated,
    403: problemContent("Réservé au support (ADMIN_ONLY)"),
  },
});

const disableRoute = createRoute({
  method: "post",
  path: "/api/v1/admin/organisations/{id}/disable",
  tags,
  summary: "Désactiver une organisation",
  description: "Ses membres ne peuvent plus se connecter ni utiliser leurs jetons ; ils sont prévenus par e-mail.",
  security: AUTHENTICATED,
  request: { params: OrganisationParamsSchema },
  responses: {
    200: { description: "L'organisation désactivée", content: json(OrganisationSchema) },
    401: unauthenticated,
    403: problemContent("Réservé au support (ADMIN_ONLY) ou origine refusée"),
    404: problemContent("Organisation inconnue (ORGANISATION_NOT_FOUND)"),
    409: problemContent("Déjà désactivée ou fermée (ORGANISATION_NOT_ACTIVE)"),
  },
});

const joinRequestsRoute = createRoute({
  method: "get",
  path: "/api/v1/admin/join-requests",
  tags,
  summary: "Lister les demandes pour rejoindre une organisation, ouvertes (les plus anciennes d'abord)",
  description: "Demandes qu'aucun administrateur n'a encore acceptées et qui n'ont pas expiré.",
  security: AUTHENTICATED,
  request: { query: PageQuerySchema },
  responses: {
    200: { description: "Une page de demandes", content: json(AdminJoinRequestPageSchema) },
    400: problemContent("page ou pageSize invalide (VALIDATION_FAILED)"),
    401: unauthenticated,
    403: problemContent("Réservé au support (ADMIN_ONLY)"),
  },
});

export function adminOrganisationRoutes(useCases: UseCases, auth: ActorMiddleware) {
  return new OpenAPIHono({ defaultHook: validationHook })
    .openapi({ ...listRoute, middleware: auth }, async (c) => {
      const result = await useCases.listOrganisations({ actor: c.var.actor, ...c.req.valid("query") });
      if (!result.ok) return identityProblem(c, result.error);
      const { items, ...page } = result.value;
      const bodies = items.map(({ organisation, memberCount }) => ({
        ...toOrganisationBody(organisation),
        memberCount,
      }));
      return c.json({ items: bodies, ...page }, 200);
    })
    .openapi({ ...joinRequestsRoute, middleware: auth }, async (c) => {
      const result = await useCases.listJoinRequests({ actor: c.var.actor, ...c.req.valid("query") });
      if (!result.ok) return identityProblem(c, result.error);
      const { items, ...page } = result.value;
      return c.json({ items: items.map(toJoinRequestBody), ...page }, 200);
    })
    .openapi({ ...disableRoute, middleware: auth }, async (c) => {
      const { id } = c.req.valid("param");
      const result = await useCases.disableOrganisation({ actor: c.var.actor, organisationId: id });
      return result.ok ? c.json(toOrganisationBody(result.value), 200) : identityProblem(c, result.error);
    });
}
