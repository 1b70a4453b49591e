import { z } from "@hono/zod-openapi";
import { NAF_CODE_PATTERN } from "../../domain/shared/naf-code.ts";
import { SIRET_PATTERN } from "../../domain/shared/siret.ts";
import { EmailSchema, NameSchema, RoleSchema } from "./identity.schema.ts";
import { PhoneSchema } from "./phone.schema.ts";

export const SiretParamSchema = z.object({
  // Any short string: the use case tells a malformed SIRET (400 SIRET_INVALID) with a French explanation.
  siret: z
    .string()
    .min(1)
    .max(40)
    .openapi({
      example: "99100001900125",
      description: "14 chiffres (les espaces sont ignorés)",
      param: { name: "siret", in: "path" },
    }),
});

export const EstablishmentSchema = z
  .object({
    siret: z.string().regex(SIRET_PATTERN),
    legalName: z.string().openapi({ description: "Raison sociale (INSEE)" }),
    brand: z.string().nullable().openapi({ description: "Enseigne" }),
    address: z.object({
      street: z.string(),
      postcode: z.string().nullable(),
      city: z.string().nullable(),
      insee: z.string().nullable().openapi({ description: "Code commune INSEE" }),
    }),
    nafCode: z.string().regex(NAF_CODE_PATTERN).nullable().openapi({ example: "10.71C" }),
    nafLabel: z.string().nullable(),
    open: z.boolean().openapi({ description: "false : établissement fermé selon Sirene" }),
    opco: z
      .object({ code: z.string(), label: z.string() })
      .nullable()
      .openapi({ description: "OPCO de rattachement ; null : inconnu (le recruteur le choisira)" }),
    eligibility: z.enum(["company", "cfa_only"]).openapi({
      description: "cfa_only : code NAF d'enseignement (division 85), seul un compte CFA est possible",
    }),
  })
  .openapi("Establishment");

const SignUpFields = {
  siret: z.string().min(1).max(40).openapi({ example: "99100001900125", description: "14 chiffres (espaces ignorés)" }),
  firstName: NameSchema,
  lastName: NameSchema,
  phone: PhoneSchema,
  email: EmailSchema.openapi({ description: "Adresse où arrivent les candidatures et le lien de connexion" }),
};

export const RecruiterSignUpSchema = z
  .object({
    ...SignUpFields,
    opco: z.string().trim().max(40).nullish().openapi({
      example: "EP",
      description:
        "Code de l'OPCO choisi quand aucun n'a été trouvé pour ce SIRET (liste : GET /api/v1/opcos) ; ignoré sinon",
    }),
  })
  .openapi("RecruiterSignUp");

export const CfaSignUpSchema = z
  .object({ ...SignUpFields, siret: SignUpFields.siret.openapi({ description: "SIRET formateur (14 chiffres)" }) })
  .openapi("CfaSignUp");

export const SignedUpSchema = z
  .object({ organisationId: z.string(), userId: z.string() })
  .openapi("SignedUp", { description: "Compte créé ; un lien de connexion est envoyé par e-mail" });

export const OpcoListSchema = z
  .object({ items: z.array(z.object({ code: z.string(), label: z.string() })) })
  .openapi("OpcoList");

export const OrganisationDescriptionSchema = z
  .object({
    organisation: z.object({ id: z.string(), kind: z.enum(["company", "cfa"]), displayName: z.string() }),
    establishment: z
      .object({
        siret: z.string(),
        legalName: z.string(),
        brand: z.string().nullable(),
        address: EstablishmentSchema.shape.address,
        nafCode: z.string().nullable(),
        nafLabel: z.string().nullable(),
        headcountBand: z.string().nullable().openapi({ description: "Tranche d'effectifs INSEE" }),
        opco: z
          .object({ code: z.string(), label: z.string(), source: z.enum(["resolved", "declared"]) })
          .nullable()
          .openapi({ description: "resolved : trouvé d'après le SIRET ; declared : choisi à l'inscription" }),
        uai: z.string().nullable(),
      })
      .nullable(),
    members: z.array(
      z.object({
        id: z.string(),
        email: z.string(),
        firstName: z.string().nullable(),
        lastName: z.string().nullable(),
        phone: z.string().nullable(),
        role: RoleSchema,
      }),
    ),
  })
  .openapi("OrganisationDescription");

export const JoinRequestBodySchema = z
  .object({
    kind: z
      .enum(["company", "cfa"])
      .openapi({ description: "Le type de compte refusé à l'inscription (ACCOUNT_EXISTS)" }),
    ...SignUpFields,
  })
  .openapi("JoinRequest");

export const JoinRequestAcceptedSchema = z
  .object({
    message: z
      .string()
      .openapi({ description: "Toujours la même phrase, que la demande soit nouvelle, déjà ouverte ou sans objet" }),
  })
  .openapi("JoinRequestAccepted");
