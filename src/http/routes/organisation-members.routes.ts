import { createRoute, OpenAPIHono } from "@hono/zod-openapi";
import type { IdentityUseCases as UseCases } from "../../application/identity/index.ts";
import { identityProblem } from "../identity-errors.ts";
import { type ActorMiddleware, AUTHENTICATED } from "../middleware/authentication.ts";
import {
  InvitationBodySchema,
  InvitationSchema,
  MemberParamsSchema,
  OrganisationParamsSchema,
} from "../schemas/identity.schema.ts";
import { problemContent } from "../schemas/problem.schema.ts";
import { validationHook } from "../validation.ts";

const tags = ["Membres d'une organisation"];
const json = <S>(schema: S) => ({ "application/json": { schema } });

const inviteRoute = createRoute({
  method: "post",
  path: "/api/v1/organisations/{id}/invitations",
  tags,
  summary: "Inviter un collègue par e-mail",
  description: "Un lien à usage unique lui est envoyé ; la page de ce lien l'ajoute à l'organisation.",
  security: AUTHENTICATED,
  request: { params: OrganisationParamsSchema, body: { required: true, content: json(InvitationBodySchema) } },
  responses: {
    201: { description: "Invitation envoyée", content: json(InvitationSchema) },
    400: problemContent("Adresse e-mail invalide (VALIDATION_FAILED)"),
    401: problemContent("Non connecté (UNAUTHENTICATED)"),
    403: problemContent("Pas membre de cette organisation (NOT_A_MEMBER) ou origine refusée"),
    409: problemContent("Déjà membre (ALREADY_MEMBER)"),
    429: problemContent("Trop d'e-mails envoyés à cette adresse (RATE_LIMITED, Retry-After)"),
  },
});

const removeRoute = createRoute({
  method: "delete",
  path: "/api/v1/organisations/{id}/members/{userId}",
  tags,
  summary: "Retirer un membre (ou se retirer soi-même)",
  description: "L'organisation est fermée quand son dernier membre la quitte.",
  security: AUTHENTICATED,
  request: { params: MemberParamsSchema },
  responses: {
    204: { description: "Membre retiré" },
    401: problemContent("Non connecté (UNAUTHENTICATED)"),
    403: problemContent("Pas membre de cette organisation (NOT_A_MEMBER) ou origine refusée"),
    404: problemContent("Cette personne n'est pas membre (MEMBER_NOT_FOUND)"),
  },
});

export function organisationMemberRoutes(useCases: UseCases, auth: ActorMiddleware) {
  return new OpenAPIHono({ defaultHook: validationHook })
    .openapi({ ...inviteRoute, middleware: auth }, async (c) => {
      const { id } = c.req.valid("param");
      const { email } = c.req.valid("json");
      const result = await useCases.inviteMember({ actor: c.var.actor, organisationId: id, email });
      if (!result.ok) return identityProblem(c, result.error);
      return c.json({ ...result.value, expiresAt: result.value.expiresAt.toISOString() }, 201);
    })
    .openapi({ ...removeRoute, middleware: auth }, async (c) => {
      const { id, userId } = c.req.valid("param");
      const result = await useCases.removeMember({ actor: c.var.actor, organisationId: id, userId });
      return result.ok ? c.body(null, 204) : identityProblem(c, result.error);
    });
}
