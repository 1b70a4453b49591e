import { createRoute, OpenAPIHono, type z } from "@hono/zod-openapi";
import {
  type HiringCompany,
  type HiringCompanyUseCases,
  publicNameOf,
} from "../../application/hiring-company/index.ts";
import { hiringCompanyProblem } from "../hiring-company-errors.ts";
import { HiringCompanySchema, SiretParamSchema } from "../schemas/hiring-company.schema.ts";
import { json } from "../schemas/json-content.ts";
import { problemContent } from "../schemas/problem.schema.ts";
import { validationHook } from "../validation.ts";

const detailRoute = createRoute({
  method: "get",
  path: "/api/v1/companies/{siret}",
  tags: ["Recherche"],
  summary: "Une entreprise de l'algorithme (candidature spontanée)",
  description: "Jamais son adresse e-mail : `canApply` dit seulement si une candidature peut lui être envoyée.",
  request: { params: SiretParamSchema },
  responses: {
    200: { description: "L'entreprise", content: json(HiringCompanySchema) },
    400: problemContent("SIRET mal formé (VALIDATION_FAILED)"),
    404: problemContent("Inconnue ou déréférencée (COMPANY_NOT_FOUND)"),
  },
});

export function hiringCompanyRoutes(useCases: Pick<HiringCompanyUseCases, "getHiringCompany">) {
  return new OpenAPIHono({ defaultHook: validationHook }).openapi(detailRoute, async (c) => {
    const found = await useCases.getHiringCompany(c.req.valid("param"));
    return found.ok ? c.json(hiringCompanyBody(found.value), 200) : hiringCompanyProblem(c, found.error);
  });
}

function hiringCompanyBody(company: HiringCompany): z.infer<typeof HiringCompanySchema> {
  return {
    siret: company.siret,
    name: publicNameOf(company),
    legalName: company.legalName,
    nafCode: company.nafCode,
    nafLabel: company.nafLabel,
    place: { ...company.address, latitude: company.latitude, longitude: company.longitude },
    romeCodes: company.romes.map((rome) => rome.code),
    canApply: company.email !== null,
    phone: company.phone,
    website: company.website,
  };
}
