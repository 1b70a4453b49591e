import { z } from "@hono/zod-openapi";
import { NAF_CODE_PATTERN } from "../../domain/shared/naf-code.ts";
import { SIRET_PATTERN } from "../../domain/shared/siret.ts";

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
