import { z } from "@hono/zod-openapi";
import { PhoneSchema } from "./phone.schema.ts";

export const SiretParamSchema = z.object({
  siret: z
    .string()
    .regex(/^\d{14}$/, { error: "Le SIRET compte 14 chiffres." })
    .openapi({ example: "99130000000018", param: { name: "siret", in: "path" } }),
});

const siret = z.string().regex(/^\d{14}$/, { error: "Le SIRET compte 14 chiffres." });

export const HiringCompanySchema = z
  .object({
    siret: z.string(),
    name: z.string().openapi({ description: "L'enseigne quand elle est connue, sinon la raison sociale" }),
    legalName: z.string(),
    nafCode: z.string(),
    nafLabel: z.string(),
    place: z.object({
      street: z.string().nullable(),
      postcode: z.string(),
      city: z.string(),
      insee: z.string(),
      latitude: z.number(),
      longitude: z.number(),
    }),
    romeCodes: z.array(z.string()).openapi({ description: "Meilleur score d'abord" }),
    canApply: z.boolean().openapi({ description: "Une adresse e-mail de contact est connue (jamais montrée)" }),
    phone: z.string().nullable(),
    website: z.string().nullable(),
  })
  .openapi("HiringCompany");

export const UnsubscriptionInputSchema = z
  .object({
    email: z.string().max(254).openapi({ example: "contact@boulangerie.demo.labonnealternance.local" }),
    reason: z.string().trim().min(1, { error: "Indiquez la raison du déréférencement." }).max(1000),
    sirets: z
      .array(siret)
      .max(50)
      .nullish()
      .openapi({ description: "Requis quand l'adresse est celle de plusieurs entreprises" }),
  })
  .openapi("CompanyUnsubscriptionInput");

export const UnsubscriptionViewSchema = z
  .object({
    companies: z.array(z.object({ siret: z.string(), name: z.string(), city: z.string() })),
    expiresAt: z.iso.datetime(),
  })
  .openapi("CompanyUnsubscription");

export const UpdateRequestInputSchema = z
  .object({
    siret,
    email: z.string().max(254).nullish(),
    phone: PhoneSchema.nullish(),
    requesterEmail: z.string().max(254),
  })
  .refine((body) => (body.email ?? null) !== null || (body.phone ?? null) !== null, {
    error: "Indiquez la nouvelle adresse e-mail, le nouveau téléphone, ou les deux.",
    path: ["email"],
  })
  .openapi("CompanyUpdateRequestInput");

export const UpdateRequestSchema = z
  .object({
    id: z.string(),
    siret: z.string(),
    email: z.string().nullable(),
    phone: z.string().nullable(),
    requesterEmail: z.string(),
    status: z.enum(["pending", "approved", "rejected"]),
    createdAt: z.iso.datetime(),
    decidedAt: z.iso.datetime().nullable(),
    decidedBy: z.string().nullable(),
  })
  .openapi("CompanyUpdateRequest");
