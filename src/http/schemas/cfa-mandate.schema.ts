import { z } from "@hono/zod-openapi";
import { NAF_CODE_PATTERN } from "../../domain/shared/naf-code.ts";
import { SIRET_PATTERN } from "../../domain/shared/siret.ts";
import { EmailSchema, NameSchema } from "./identity.schema.ts";
import { PhoneSchema } from "./phone.schema.ts";
import { EstablishmentSchema } from "./recruiter.schema.ts";

export const PartnerCompanyInputSchema = z
  .object({
    // Any short string: the use case tells a malformed SIRET (400 SIRET_INVALID) with a French explanation.
    siret: z
      .string()
      .min(1)
      .max(40)
      .openapi({ example: "99100001900125", description: "SIRET de l'entreprise (14 chiffres, espaces ignorés)" }),
    firstName: NameSchema.openapi({ description: "Prénom du contact recrutement de l'entreprise" }),
    lastName: NameSchema.openapi({ description: "Nom du contact recrutement de l'entreprise" }),
    phone: PhoneSchema.openapi({ description: "Téléphone du contact de l'entreprise, différent du vôtre" }),
    email: EmailSchema.openapi({
      description: "E-mail du contact de l'entreprise, différent du vôtre et hors du domaine de votre CFA",
    }),
  })
  .openapi("PartnerCompanyInput");

export const PartnerCompanySchema = z
  .object({
    id: z.string(),
    siret: z.string().regex(SIRET_PATTERN),
    legalName: z.string().openapi({ description: "Raison sociale (INSEE, au moment de l'ajout)" }),
    brand: z.string().nullable().openapi({ description: "Enseigne" }),
    address: EstablishmentSchema.shape.address,
    nafCode: z.string().regex(NAF_CODE_PATTERN).nullable(),
    opco: z
      .object({ code: z.string(), label: z.string() })
      .nullable()
      .openapi({ description: "OPCO de l'entreprise ; null : inconnu" }),
    contact: z.object({
      firstName: z.string(),
      lastName: z.string(),
      phone: z.string().openapi({ example: "+33478000000", description: "Format international (E.164)" }),
      email: z.string(),
    }),
    createdAt: z.iso.datetime(),
  })
  .openapi("PartnerCompany");

export const PartnerCompanyListSchema = z
  .object({ items: z.array(PartnerCompanySchema) })
  .openapi("PartnerCompanyList");
