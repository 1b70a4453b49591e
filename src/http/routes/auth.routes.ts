import { createRoute, OpenAPIHono } from "@hono/zod-openapi";
import type { IdentityUseCases as UseCases } from "../../application/identity/index.ts";
import { frenchCount } from "../../domain/shared/french-plural.ts";
import { identityProblem } from "../identity-errors.ts";
import { type ActorMiddleware, AUTHENTICATED } from "../middleware/authentication.ts";
import { noContent } from "../no-content.ts";
import {
  MagicLinkAcceptedSchema,
  MagicLinkBodySchema,
  SessionBodySchema,
  SessionSchema,
} from "../schemas/identity.schema.ts";
import { json } from "../schemas/json-content.ts";
import { problemContent } from "../schemas/problem.schema.ts";
import { clearSessionCookie, setSessionCookie } from "../session-cookie.ts";
import { validationHook } from "../validation.ts";
import { toUserBody } from "./identity-bodies.ts";

const tags = ["Connexion"];

const magicLinkRoute = createRoute({
  method: "post",
  path: "/api/v1/auth/magic-link",
  tags,
  summary: "Demander un lien de connexion par e-mail",
  description: "Même réponse que l'adresse ait un compte ou non. Lien valable 60 minutes, à usage unique.",
  request: { body: { required: true, content: json(MagicLinkBodySchema) } },
  responses: {
    202: { description: "Demande prise en compte", content: json(MagicLinkAcceptedSchema) },
    400: problemContent("Adresse e-mail invalide (VALIDATION_FAILED)"),
    429: problemContent("Trop de demandes pour cette adresse ou depuis ce réseau (RATE_LIMITED, Retry-After)"),
  },
});

const sessionRoute = createRoute({
  method: "post",
  path: "/api/v1/auth/session",
  tags,
  summary: "Échanger le jeton d'un lien de connexion contre un jeton d'accès",
  description:
    "Pose aussi le cookie HttpOnly `session`. La première utilisation confirme l'adresse e-mail et les inscriptions en attente de cette personne.",
  request: { body: { required: true, content: json(SessionBodySchema) } },
  responses: {
    200: { description: "Session ouverte", content: json(SessionSchema) },
    400: problemContent("Corps invalide (VALIDATION_FAILED)"),
    401: problemContent("Lien inconnu, expiré ou déjà utilisé (LINK_INVALID)"),
    403: problemContent("Compte désactivé par le support (ACCOUNT_DISABLED)"),
  },
});

const logoutRoute = createRoute({
  method: "post",
  path: "/api/v1/auth/logout",
  tags,
  summary: "Se déconnecter : le jeton d'accès cesse aussitôt de fonctionner",
  security: AUTHENTICATED,
  responses: {
    204: { description: "Session close, cookie effacé" },
    401: problemContent("Non connecté (UNAUTHENTICATED)"),
    403: problemContent("Écriture par cookie sans l'origine du site (ORIGIN_FORBIDDEN)"),
  },
});

const acceptedMessage = (validityMinutes: number) =>
  `Si un compte existe pour cette adresse, un lien de connexion vient d'y être envoyé. Il est valable ${frenchCount(validityMinutes, "minute")} et ne sert qu'une fois.`;

export function authRoutes(useCases: UseCases, auth: ActorMiddleware) {
  return new OpenAPIHono({ defaultHook: validationHook })
    .openapi(magicLinkRoute, async (c) => {
      const { email } = c.req.valid("json");
      const result = await useCases.requestLoginLink({ email });
      if (!result.ok) return identityProblem(c, result.error);
      return c.json({ message: acceptedMessage(result.value.validityMinutes) }, 202);
    })
    .openapi(sessionRoute, async (c) => {
      const result = await useCases.openSession(c.req.valid("json"));
      if (!result.ok) return identityProblem(c, result.error);
      const { accessToken, expiresAt, user, isAdmin, lostSignUps } = result.value;
      setSessionCookie(c, accessToken, expiresAt);
      const body = { accessToken, tokenType: "Bearer" as const, expiresAt: expiresAt.toISOString() };
      return c.json({ ...body, user: toUserBody(user, isAdmin), lostSignUps: lostSignUps.map((s) => ({ ...s })) }, 200);
    })
    .openapi({ ...logoutRoute, middleware: auth }, async (c) => {
      await useCases.closeSession({ actor: c.var.actor });
      clearSessionCookie(c);
      return noContent(c);
    });
}
