import { createRoute, OpenAPIHono } from "@hono/zod-openapi";
import type { IdentityUseCases as UseCases } from "../../application/identity/index.ts";
import { identityProblem } from "../identity-errors.ts";
import { type ActorMiddleware, AUTHENTICATED } from "../middleware/authentication.ts";
import { noContent } from "../no-content.ts";
import {
  InvitationBodySchema,
  InvitationSchema,
  MemberParamsSchema,
  MemberRoleSchema,
  OrganisationParamsSchema,
  RoleChangeSchema,
} from "../schemas/identity.schema.ts";
import { json } from "../schemas/json-content.ts";
import { problemContent } from "../schemas/problem.schema.ts";
import { validationHook } from "../validation.ts";

const tags = ["Membres d'une organisation"];
const adminOnly = problemContent(
  "Pas membre (NOT_A_MEMBER), pas administrateur de l'organisation (ORGANISATION_ADMIN_ONLY) ou origine refusée",
);

const inviteRoute = createRoute({
  method: "post",
  path: "/api/v1/organisations/{id}/invitations",
  tags,
  summary: "Inviter un collègue par e-mail (administrateurs)",
  description: "Un lien à usage unique lui est envoyé ; la page de ce lien l'ajoute à l'organisation comme membre.",
  security: AUTHENTICATED,
  request: { params: OrganisationParamsSchema, body: { required: true, content: json(InvitationBodySchema) } },
  responses: {
    201: { description: "Invitation envoyée", content: json(InvitationSchema) },
    400: problemContent("Adresse e-mail invalide (VALIDATION_FAILED)"),
    401: problemContent("Non connecté (UNAUTHENTICATED)"),
    403: adminOnly,
    409: problemContent("Déjà membre (ALREADY_MEMBER)"),
    429: problemContent("Trop d'e-mails envoyés à cette adresse (RATE_LIMITED, Retry-After)"),
  },
});

const roleRoute = createRoute({
  method: "patch",
  path: "/api/v1/organisations/{id}/members/{userId}",
  tags,
  summary: "Changer le rôle d'un membre (administrateurs)",
  description: "Une organisation qui a des membres garde toujours au moins un administrateur.",
  security: AUTHENTICATED,
  request: { params: MemberParamsSchema, body: { required: true, content: json(RoleChangeSchema) } },
  responses: {
    200: { description: "Le rôle du membre", content: json(MemberRoleSchema) },
    400: problemContent("Rôle invalide (VALIDATION_FAILED)"),
    401: problemContent("Non connecté (UNAUTHENTICATED)"),
    403: adminOnly,
    404: problemContent("Cette personne n'est pas membre (MEMBER_NOT_FOUND)"),
    409: problemContent("Ce serait retirer le dernier administrateur (LAST_ADMIN)"),
  },
});

const removeRoute = createRoute({
  method: "delete",
  path: "/api/v1/organisations/{id}/members/{userId}",
  tags,
  summary: "Retirer un membre (administrateurs) ou se retirer soi-même",
  description:
    "L'organisation est fermée quand son dernier membre la quitte. Son dernier administrateur en nomme d'abord un autre s'il reste des membres.",
  security: AUTHENTICATED,
  request: { params: MemberParamsSchema },
  responses: {
    204: { description: "Membre retiré" },
    401: problemContent("Non connecté (UNAUTHENTICATED)"),
    403: adminOnly,
    404: problemContent("Cette personne n'est pas membre (MEMBER_NOT_FOUND)"),
    409: problemContent("Dernier administrateur d'une organisation qui a d'autres membres (LAST_ADMIN)"),
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
    .openapi({ ...roleRoute, middleware: auth }, async (c) => {
      const { id, userId } = c.req.valid("param");
      const { role } = c.req.valid("json");
      const result = await useCases.changeMemberRole({ actor: c.var.actor, organisationId: id, userId, role });
      if (!result.ok) return identityProblem(c, result.error);
      return c.json({ id: result.value.userId, role: result.value.role }, 200);
    })
    .openapi({ ...removeRoute, middleware: auth }, async (c) => {
      const { id, userId } = c.req.valid("param");
      const result = await useCases.removeMember({ actor: c.var.actor, organisationId: id, userId });
      if (!result.ok) return identityProblem(c, result.error);
      return noContent(c);
    });
}
