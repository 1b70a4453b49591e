import { z } from "@hono/zod-openapi";
import { CONTRACT_TYPES } from "../../domain/shared/contract-type.ts";

export const PartnerOfferIdParamSchema = z.object({
  id: z
    .string()
    .regex(/^[A-Za-z0-9]{1,20}$/, { error: "Identifiant d'offre France Travail invalide (par exemple 193XKPY)." })
    .openapi({ param: { name: "id", in: "path" }, example: "193XKPY" }),
});

export const PartnerOfferDetailSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    description: z.string(),
    romeCode: z.string(),
    companyName: z.string().nullable(),
    place: z.object({
      label: z.string().nullable(),
      city: z.string().nullable(),
      postcode: z.string().nullable(),
      insee: z.string().nullable(),
      latitude: z.number().nullable(),
      longitude: z.number().nullable(),
    }),
    contractTypes: z.array(z.enum(CONTRACT_TYPES)),
    diplomaLevel: z.enum(["3", "4", "5", "6", "7"]).nullable(),
    createdAt: z.string().openapi({ example: "2026-11-30T09:12:00.000Z" }),
    canApply: z.boolean().openapi({ description: "Vrai quand l'adresse du recruteur est connue : candidature ici" }),
    applyUrl: z
      .string()
      .nullable()
      .openapi({ description: "La page de l'offre sur France Travail, où postuler quand canApply est faux" }),
  })
  .openapi("PartnerOfferDetail");
