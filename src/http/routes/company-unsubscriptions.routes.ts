import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import type { HiringCompanyUseCases, UnsubscriptionView } from "../../application/hiring-company/index.ts";
import { hiringCompanyProblem } from "../hiring-company-errors.ts";
import { UnsubscriptionInputSchema, UnsubscriptionViewSchema } from "../schemas/hiring-company.schema.ts";
import { json } from "../schemas/json-content.ts";
import { LinkTokenParamSchema } from "../schemas/link-token.schema.ts";
import { problemContent } from "../schemas/problem.schema.ts";
import { validationHook } from "../validation.ts";

const tags = ["Entreprises"];

const requestRoute = createRoute({
  method: "post",
  path: "/api/v1/company-unsubscriptions",
  tags,
  summary: "Demander le déréférencement d'une entreprise de l'algorithme",
  description:
    "Un lien de confirmation à usage unique part vers l'adresse e-mail connue de l'entreprise ; elle ne quitte la recherche qu'à la confirmation.",
  request: { body: { required: true, content: json(UnsubscriptionInputSchema) } },
  responses: {
    202: { description: "Lien de confirmation envoyé", content: json(z.object({ expiresAt: z.iso.datetime() })) },
    400: problemContent("Saisie invalide (VALIDATION_FAILED, EMAIL_MALFORMED)"),
    404: problemContent("Aucune entreprise pour cette adresse, ou pas pour ces SIRET (NO_COMPANY_FOR_EMAIL)"),
    409: problemContent("Plusieurs entreprises : la liste `companies` dit lesquelles (SEVERAL_COMPANIES)"),
  },
});

const readRoute = createRoute({
  method: "get",
  path: "/api/v1/company-unsubscriptions/{token}",
  tags,
  summary: "Ce que confirmera le lien de déréférencement (ne change rien)",
  request: { params: LinkTokenParamSchema },
  responses: {
    200: { description: "Les entreprises concernées", content: json(UnsubscriptionViewSchema) },
    401: problemContent("Lien inconnu, expiré ou déjà utilisé (LINK_INVALID)"),
  },
});

const confirmRoute = createRoute({
  method: "post",
  path: "/api/v1/company-unsubscriptions/{token}",
  tags,
  summary: "Confirmer le déréférencement : l'entreprise quitte la recherche, pour de bon",
  request: { params: LinkTokenParamSchema },
  responses: {
    200: { description: "Les entreprises déréférencées", content: json(UnsubscriptionViewSchema) },
    401: problemContent("Lien inconnu, expiré ou déjà utilisé (LINK_INVALID)"),
  },
});

type Deps = Pick<HiringCompanyUseCases, "requestUnsubscription" | "readUnsubscription" | "confirmUnsubscription">;

export function companyUnsubscriptionRoutes(useCases: Deps) {
  return new OpenAPIHono({ defaultHook: validationHook })
    .openapi(requestRoute, async (c) => {
      const sent = await useCases.requestUnsubscription(c.req.valid("json"));
      if (!sent.ok) return hiringCompanyProblem(c, sent.error);
      return c.json({ expiresAt: sent.value.expiresAt.toISOString() }, 202);
    })
    .openapi(readRoute, async (c) => {
      const read = await useCases.readUnsubscription(c.req.valid("param"));
      return read.ok ? c.json(viewBody(read.value), 200) : hiringCompanyProblem(c, read.error);
    })
    .openapi(confirmRoute, async (c) => {
      const done = await useCases.confirmUnsubscription(c.req.valid("param"));
      return done.ok ? c.json(viewBody(done.value), 200) : hiringCompanyProblem(c, done.error);
    });
}

function viewBody(view: UnsubscriptionView): z.infer<typeof UnsubscriptionViewSchema> {
  return { companies: view.companies.map((company) => ({ ...company })), expiresAt: view.expiresAt.toISOString() };
}
