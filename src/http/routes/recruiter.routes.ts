import { createRoute, OpenAPIHono, type z } from "@hono/zod-openapi";
import type { EstablishmentLookup } from "../../application/recruiter/index.ts";
import { domainErrorResponse } from "../domain-errors.ts";
import { problemContent } from "../schemas/problem.schema.ts";
import { EstablishmentSchema, SiretParamSchema } from "../schemas/recruiter.schema.ts";
import type { UseCases } from "../use-cases.ts";
import { validationHook } from "../validation.ts";

const tags = ["Recruteurs"];

const establishmentRoute = createRoute({
  method: "get",
  path: "/api/v1/establishments/{siret}",
  tags,
  summary: "Informations légales d'un établissement (répertoire Sirene de l'INSEE) et son OPCO",
  request: { params: SiretParamSchema },
  responses: {
    200: { description: "L'établissement", content: { "application/json": { schema: EstablishmentSchema } } },
    400: problemContent("SIRET mal formé ou clé de contrôle fausse (SIRET_INVALID)"),
    404: problemContent("SIRET absent du répertoire Sirene (SIRET_UNKNOWN)"),
    422: problemContent("Informations non diffusées par l'INSEE (ESTABLISHMENT_NON_DIFFUSIBLE)"),
    503: problemContent("L'INSEE ne répond pas (UPSTREAM_UNAVAILABLE)"),
  },
});

export function recruiterRoutes(useCases: UseCases) {
  return new OpenAPIHono({ defaultHook: validationHook }).openapi(establishmentRoute, async (c) => {
    const result = await useCases.lookUpEstablishment(c.req.valid("param"));
    return result.ok ? c.json(toEstablishmentBody(result.value), 200) : domainErrorResponse(c, result.error);
  });
}

function toEstablishmentBody(lookup: EstablishmentLookup): z.infer<typeof EstablishmentSchema> {
  return { ...lookup, address: { ...lookup.address } };
}
