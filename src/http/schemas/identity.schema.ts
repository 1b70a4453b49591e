import { z } from "@hono/zod-openapi";
import { EMAIL_PATTERN } from "../../domain/shared/email.ts";
import { PhoneSchema } from "./phone.schema.ts";

export const EmailSchema = z
  .string()
  .trim()
  .max(254)
  .regex(EMAIL_PATTERN, { error: "Adresse e-mail invalide : vérifiez-la (par exemple prenom.nom@exemple.fr)." })
  .openapi({ example: "prenom.nom@exemple.fr" });

export const NameSchema = z.string().trim().min(1).max(100);

export const MagicLinkBodySchema = z.object({ email: EmailSchema }).openapi("MagicLinkRequest");

export const MagicLinkAcceptedSchema = z
  .object({
    message: z.string().openapi({ description: "Toujours la même phrase, que l'adresse ait un compte ou non" }),
  })
  .openapi("MagicLinkAccepted");

export const SessionBodySchema = z
  .object({ token: z.string().min(1).max(512).openapi({ description: "Jeton du lien de connexion reçu par e-mail" }) })
  .openapi("SessionRequest");

export const UserSchema = z
  .object({
    id: z.string(),
    email: z.string(),
    firstName: z.string().nullable(),
    lastName: z.string().nullable(),
    phone: z.string().nullable(),
    emailConfirmedAt: z.iso.datetime().nullable(),
    createdAt: z.iso.datetime(),
    isAdmin: z.boolean().openapi({ description: "Membre de l'équipe support (ADMIN_EMAILS)" }),
    version: z.number().int().openapi({ description: "Révision enregistrée ; à renvoyer dans PATCH /api/v1/me" }),
  })
  .openapi("User");

export const OrganisationSchema = z
  .object({
    id: z.string(),
    kind: z.enum(["company", "cfa"]),
    siret: z.string(),
    displayName: z.string(),
    status: z.enum(["pending", "active", "disabled", "closed"]).openapi({
      description: "pending : inscription pas encore confirmée par le premier lien de connexion (support seulement)",
    }),
    createdAt: z.iso.datetime(),
    disabledAt: z.iso.datetime().nullable(),
    closedAt: z.iso.datetime().nullable(),
  })
  .openapi("Organisation");

export const RoleSchema = z.enum(["admin", "member"]).openapi({
  description: "admin : invite, retire des membres, nomme les administrateurs ; member : publie et gère les offres",
});

export const SessionSchema = z
  .object({
    accessToken: z.string().openapi({ description: "À présenter dans Authorization: Bearer" }),
    tokenType: z.literal("Bearer"),
    expiresAt: z.iso.datetime(),
    user: UserSchema,
    lostSignUps: z
      .array(z.object({ kind: z.enum(["company", "cfa"]), siret: z.string(), displayName: z.string() }))
      .openapi({
        description:
          "Inscriptions de cette personne qu'un autre compte a devancées (il a confirmé le premier) : demander à le rejoindre",
      }),
  })
  .openapi("Session");

const MyOrganisationSchema = OrganisationSchema.extend({ role: RoleSchema }).openapi("MyOrganisation");

export const MeSchema = z.object({ user: UserSchema, organisations: z.array(MyOrganisationSchema) }).openapi("Me");

export const MeUpdateSchema = z
  .object({ firstName: NameSchema, lastName: NameSchema, phone: PhoneSchema, email: EmailSchema })
  .partial()
  .extend({
    version: z.number().int().min(1).optional().openapi({
      description: "Version du compte lue avant la modification ; si elle a changé depuis : 409 CONFLICT",
    }),
  })
  .openapi("MeUpdate");

export const MeUpdatedSchema = MeSchema.extend({
  pendingEmail: z.string().nullable().openapi({
    description:
      "Adresse à laquelle un lien de confirmation vient d'être envoyé ; l'e-mail du compte change quand il est utilisé",
  }),
}).openapi("MeUpdated");

export const OrganisationParamsSchema = z.object({
  id: z
    .string()
    .min(1)
    .max(100)
    .openapi({ param: { name: "id", in: "path" } }),
});

export const MemberParamsSchema = OrganisationParamsSchema.extend({
  userId: z
    .string()
    .min(1)
    .max(100)
    .openapi({ param: { name: "userId", in: "path" } }),
});

export const InvitationBodySchema = z.object({ email: EmailSchema }).openapi("InvitationRequest");

export const RoleChangeSchema = z.object({ role: RoleSchema }).openapi("RoleChange");

export const MemberRoleSchema = z.object({ id: z.string(), role: RoleSchema }).openapi("MemberRole");

export const InvitationSchema = z
  .object({ id: z.string(), email: z.string(), expiresAt: z.iso.datetime() })
  .openapi("Invitation");

export const PageQuerySchema = z.object({
  page: z.coerce.number().int().min(1).default(1).openapi({ example: 1 }),
  pageSize: z.coerce.number().int().min(1).max(200).default(50).openapi({ example: 50 }),
});

const AdminOrganisationSchema = OrganisationSchema.extend({ memberCount: z.number().int() }).openapi(
  "AdminOrganisation",
);

export const AdminOrganisationPageSchema = z
  .object({
    items: z.array(AdminOrganisationSchema),
    page: z.number().int(),
    pageSize: z.number().int(),
    total: z.number().int(),
  })
  .openapi("AdminOrganisationPage");

export const AdminJoinRequestPageSchema = z
  .object({
    items: z.array(
      z.object({
        id: z.string(),
        organisation: z
          .object({ id: z.string(), kind: z.enum(["company", "cfa"]), siret: z.string(), displayName: z.string() })
          .nullable(),
        email: z.string(),
        firstName: z.string(),
        lastName: z.string(),
        phone: z.string(),
        createdAt: z.iso.datetime(),
        expiresAt: z.iso.datetime(),
      }),
    ),
    page: z.number().int(),
    pageSize: z.number().int(),
    total: z.number().int(),
  })
  .openapi("AdminJoinRequestPage");
