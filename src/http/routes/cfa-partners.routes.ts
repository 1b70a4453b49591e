import { createRoute, OpenAPIHono, type z } from "@hono/zod-openapi";
import type { CfaMandateUseCases, PartnerCompany } from "../../application/cfa-mandate/index.ts";
import { cfaMandateProblem } from "../cfa-mandate-errors.ts";
import { type ActorMiddleware, AUTHENTICATED } from "../middleware/authentication.ts";
import {
  PartnerCompanyInputSchema,
  PartnerCompanyListSchema,
  PartnerCompanySchema,
} from "../schemas/cfa-mandate.schema.ts";
import { problemContent } from "../schemas/problem.schema.ts";
import { validationHook } from "../validation.ts";

const tags = ["Entreprises partenaires (CFA)"];
const description =
  "Réservé aux comptes CFA ; membre de plusieurs organisations : indiquez le CFA avec l'en-tête X-Organisation-Id.";
const whoActs = {
  400: problemContent("Plusieurs organisations et pas d'en-tête X-Organisation-Id (ORGANISATION_REQUIRED)"),
  401: problemContent("Non connecté (UNAUTHENTICATED)"),
  403: problemContent("Compte entreprise (CFA_ONLY) ou pas membre de cette organisation (NOT_A_MEMBER)"),
};

const addRoute = createRoute({
  method: "post",
  path: "/api/v1/cfa/partners",
  tags,
  summary: "Ajouter une entreprise partenaire (mandat) : son SIRET et son contact recrutement",
  description,
  security: AUTHENTICATED,
  request: { body: { required: true, content: { "application/json": { schema: PartnerCompanyInputSchema } } } },
  responses: {
    201: { description: "L'entreprise partenaire", content: { "application/json": { schema: PartnerCompanySchema } } },
    ...whoActs,
    400: problemContent("Saisie invalide (VALIDATION_FAILED, SIRET_INVALID, EMAIL_MALFORMED) ou ORGANISATION_REQUIRED"),
    404: problemContent("SIRET absent du répertoire Sirene (SIRET_UNKNOWN)"),
    409: problemContent("Entreprise déjà partenaire de ce CFA (PARTNER_EXISTS)"),
    422: problemContent(
      "EDUCATION_NAF, CONTACT_SAME_AS_CFA, ESTABLISHMENT_CLOSED ou ESTABLISHMENT_NON_DIFFUSIBLE : rien n'est enregistré",
    ),
    503: problemContent("L'INSEE ne répond pas : rien n'a été enregistré (UPSTREAM_UNAVAILABLE)"),
  },
});

const listRoute = createRoute({
  method: "get",
  path: "/api/v1/cfa/partners",
  tags,
  summary: "Mes entreprises partenaires, les plus récemment ajoutées d'abord",
  description,
  security: AUTHENTICATED,
  responses: {
    200: {
      description: "Les entreprises partenaires",
      content: { "application/json": { schema: PartnerCompanyListSchema } },
    },
    ...whoActs,
  },
});

export function cfaPartnerRoutes(useCases: CfaMandateUseCases, auth: ActorMiddleware) {
  return new OpenAPIHono({ defaultHook: validationHook })
    .openapi({ ...addRoute, middleware: auth }, async (c) => {
      const result = await useCases.addPartnerCompany({ actor: c.var.actor, input: c.req.valid("json") });
      return result.ok ? c.json(toBody(result.value), 201) : cfaMandateProblem(c, result.error);
    })
    .openapi({ ...listRoute, middleware: auth }, async (c) => {
      const result = await useCases.listPartnerCompanies({ actor: c.var.actor });
      return result.ok ? c.json({ items: result.value.map(toBody) }, 200) : cfaMandateProblem(c, result.error);
    });
}

/** The CFA's own organisation id is left out: the caller acts for it already. */
function toBody(partner: PartnerCompany): z.infer<typeof PartnerCompanySchema> {
  const { id, siret, legalName, brand, address, nafCode, opco, contact, createdAt } = partner;
  return {
    id,
    siret,
    legalName,
    brand,
    address: { ...address },
    nafCode,
    opco: opco && { code: opco.code, label: opco.label },
    contact: { ...contact },
    createdAt: createdAt.toISOString(),
  };
}
