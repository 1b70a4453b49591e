import { createRoute, OpenAPIHono, type z } from "@hono/zod-openapi";
import type { EstablishmentLookup, RecruiterUseCases as UseCases } from "../../application/recruiter/index.ts";
import { frenchCount } from "../../domain/shared/french-plural.ts";
import { recruiterProblem } from "../recruiter-errors.ts";
import { problemContent } from "../schemas/problem.schema.ts";
import {
  CfaSignUpSchema,
  EstablishmentSchema,
  JoinRequestAcceptedSchema,
  JoinRequestBodySchema,
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
    429: problemContent("Trop de recherches depuis ce réseau (RATE_LIMITED, Retry-After)"),
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
  409: problemContent(
    "Un compte existe déjà pour ce SIRET (ACCOUNT_EXISTS) ; s'il est actif, l'en-tête Link mène à POST /api/v1/join-requests",
  ),
  429: problemContent("Trop d'inscriptions depuis ce réseau ou vers cette adresse (RATE_LIMITED, Retry-After)"),
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

const joinRequestRoute = createRoute({
  method: "post",
  path: "/api/v1/join-requests",
  tags,
  summary: "Demander à rejoindre le compte existant d'un SIRET",
  description:
    "Après un refus ACCOUNT_EXISTS : les administrateurs du compte reçoivent un lien pour accepter. La réponse est la même que la demande soit nouvelle, déjà ouverte ou sans objet (déjà membre).",
  request: { body: { required: true, content: { "application/json": { schema: JoinRequestBodySchema } } } },
  responses: {
    202: {
      description: "Demande prise en compte",
      content: { "application/json": { schema: JoinRequestAcceptedSchema } },
    },
    400: problemContent("Saisie invalide (VALIDATION_FAILED, SIRET_INVALID, EMAIL_MALFORMED)"),
    404: problemContent("Aucun compte actif pour ce SIRET (NO_ACCOUNT_TO_JOIN)"),
    429: problemContent("Trop de demandes depuis ce réseau, pour cette adresse ou vers ce compte (RATE_LIMITED)"),
  },
});

const joinRequestMessage = (validityDays: number) =>
  `Votre demande est transmise aux administrateurs de ce compte s'il y en a. S'ils l'acceptent dans les ${frenchCount(validityDays, "jour")}, vous recevrez un e-mail avec un lien de connexion.`;

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
    })
    .openapi(joinRequestRoute, async (c) => {
      const result = await useCases.requestToJoin(c.req.valid("json"));
      if (!result.ok) return recruiterProblem(c, result.error);
      return c.json({ message: joinRequestMessage(result.value.validityDays) }, 202);
    });
}

function toEstablishmentBody(lookup: EstablishmentLookup): z.infer<typeof EstablishmentSchema> {
  return { ...lookup, address: { ...lookup.address } };
}
