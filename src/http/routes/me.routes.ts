import { createRoute, OpenAPIHono } from "@hono/zod-openapi";
import type { IdentityUseCases as UseCases } from "../../application/identity/index.ts";
import { identityProblem } from "../identity-errors.ts";
import { type ActorMiddleware, AUTHENTICATED } from "../middleware/authentication.ts";
import { noContent } from "../no-content.ts";
import { MeSchema, MeUpdatedSchema, MeUpdateSchema } from "../schemas/identity.schema.ts";
import { json } from "../schemas/json-content.ts";
import { problemContent } from "../schemas/problem.schema.ts";
import { clearSessionCookie } from "../session-cookie.ts";
import { validationHook } from "../validation.ts";
import { toMeBody } from "./identity-bodies.ts";

const tags = ["Mon compte"];
const unauthenticated = problemContent("Non connecté, session close ou compte désactivé (UNAUTHENTICATED)");
const originForbidden = problemContent("Écriture par cookie sans l'origine du site (ORIGIN_FORBIDDEN)");

const getMeRoute = createRoute({
  method: "get",
  path: "/api/v1/me",
  tags,
  summary: "Mes informations et mes organisations",
  security: AUTHENTICATED,
  responses: { 200: { description: "Le compte", content: json(MeSchema) }, 401: unauthenticated },
});

const patchMeRoute = createRoute({
  method: "patch",
  path: "/api/v1/me",
  tags,
  summary: "Modifier mes informations",
  description:
    "Nom, prénom et téléphone changent aussitôt. Une nouvelle adresse e-mail reçoit un lien de confirmation ; l'adresse du compte change quand ce lien est utilisé.",
  security: AUTHENTICATED,
  request: { body: { required: true, content: json(MeUpdateSchema) } },
  responses: {
    200: { description: "Le compte modifié", content: json(MeUpdatedSchema) },
    400: problemContent("Champ invalide (VALIDATION_FAILED)"),
    401: unauthenticated,
    403: originForbidden,
    409: problemContent("Compte modifié depuis la version envoyée, ou au même moment (CONFLICT)"),
    429: problemContent("Trop de liens envoyés à cette adresse (RATE_LIMITED, Retry-After)"),
  },
});

const deleteMeRoute = createRoute({
  method: "delete",
  path: "/api/v1/me",
  tags,
  summary: "Supprimer mon compte",
  description:
    "Une organisation dont j'étais le dernier membre est fermée, et ses offres avec elle. Le dernier administrateur d'une organisation qui a d'autres membres en nomme d'abord un autre.",
  security: AUTHENTICATED,
  responses: {
    204: { description: "Compte supprimé" },
    401: unauthenticated,
    403: originForbidden,
    409: problemContent("Dernier administrateur d'une organisation qui a d'autres membres (LAST_ADMIN)"),
  },
});

export function meRoutes(useCases: UseCases, auth: ActorMiddleware) {
  return new OpenAPIHono({ defaultHook: validationHook })
    .openapi({ ...getMeRoute, middleware: auth }, async (c) => {
      const result = await useCases.getMe({ actor: c.var.actor });
      return result.ok ? c.json(toMeBody(result.value), 200) : identityProblem(c, result.error);
    })
    .openapi({ ...patchMeRoute, middleware: auth }, async (c) => {
      const actor = c.var.actor;
      const { version, ...change } = c.req.valid("json");
      const updated = await useCases.updateMe({ actor, change, expectedVersion: version });
      if (!updated.ok) return identityProblem(c, updated.error);
      const me = await useCases.getMe({ actor });
      if (!me.ok) return identityProblem(c, me.error);
      return c.json({ ...toMeBody(me.value), pendingEmail: updated.value.pendingEmail }, 200);
    })
    .openapi({ ...deleteMeRoute, middleware: auth }, async (c) => {
      const deleted = await useCases.deleteMe({ actor: c.var.actor });
      if (!deleted.ok) return identityProblem(c, deleted.error);
      clearSessionCookie(c);
      return noContent(c);
    });
}
