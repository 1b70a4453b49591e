import { createRoute, OpenAPIHono, type z } from "@hono/zod-openapi";
import type { EstablishmentLookup, RecruiterUseCases as UseCases } from "../../application/recruiter/index.ts";
import { recruiterProblem } from "../recruiter-errors.ts";
import { problemContent } from "../schemas/problem.schema.ts";
import {
  CfaSignUpSchema,
  EstablishmentSchema,
  OpcoListSchema,
  RecruiterSignUpSchema,
  SignedUpSchema,
  SiretParamSchema,
} from "../schemas/recruiter.schema.ts";
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

const opcosRoute = createRoute({
  method: "get",
  path: "/api/v1/opcos",
  tags,
  summary: "Les 11 OPCO, pour choisir le sien quand il n'a pas été trouvé",
  responses: { 200: { description: "Les OPCO", content: { "application/json": { schema: OpcoListSchema } } } },
});

const signUpResponses = {
  201: {
    description: "Compte créé, lien de connexion envoyé",
    content: { "application/json": { schema: SignedUpSchema } },
  },
  400: problemContent("Saisie invalide (VALIDATION_FAILED, SIRET_INVALID, EMAIL_MALFORMED, OPCO_UNKNOWN)"),
  404: problemContent("SIRET absent du répertoire Sirene (SIRET_UNKNOWN)"),
  409: problemContent("Un compte existe déjà pour ce SIRET (ACCOUNT_EXISTS)"),
  503: problemContent("L'INSEE ne répond pas : rien n'a été enregistré (UPSTREAM_UNAVAILABLE)"),
};

const recruiterSignUpRoute = createRoute({
  method: "post",
  path: "/api/v1/recruiters",
  tags,
  summary: "Inscription d'une entreprise à partir de son SIRET",
  request: { body: { required: true, content: { "application/json": { schema: RecruiterSignUpSchema } } } },
  responses: {
    ...signUpResponses,
    422: problemContent("ESTABLISHMENT_CLOSED, ESTABLISHMENT_NON_DIFFUSIBLE ou EDUCATION_NAF (créez un compte CFA)"),
  },
});

const cfaSignUpRoute = createRoute({
  method: "post",
  path: "/api/v1/cfas",
  tags,
  summary: "Inscription d'un organisme de formation (CFA) avec son SIRET formateur",
  request: { body: { required: true, content: { "application/json": { schema: CfaSignUpSchema } } } },
  responses: {
    ...signUpResponses,
    422: problemContent("ESTABLISHMENT_CLOSED, ESTABLISHMENT_NON_DIFFUSIBLE, CFA_NOT_IN_CATALOGUE ou CFA_NOT_QUALIOPI"),
  },
});

export function recruiterRoutes(useCases: UseCases) {
  return new OpenAPIHono({ defaultHook: validationHook })
    .openapi(establishmentRoute, async (c) => {
      const result = await useCases.lookUpEstablishment(c.req.valid("param"));
      return result.ok ? c.json(toEstablishmentBody(result.value), 200) : recruiterProblem(c, result.error);
    })
    .openapi(opcosRoute, async (c) => {
      const opcos = await useCases.listOpcos();
      return c.json({ items: opcos.map(({ code, label }) => ({ code, label })) }, 200);
    })
    .openapi(recruiterSignUpRoute, async (c) => {
      const result = await useCases.signUpCompany(c.req.valid("json"));
      return result.ok ? c.json(result.value, 201) : recruiterProblem(c, result.error);
    })
    .openapi(cfaSignUpRoute, async (c) => {
      const result = await useCases.signUpCfa(c.req.valid("json"));
      return result.ok ? c.json(result.value, 201) : recruiterProblem(c, result.error);
    });
}

function toEstablishmentBody(lookup: EstablishmentLookup): z.infer<typeof EstablishmentSchema> {
  return { ...lookup, address: { ...lookup.address } };
}
