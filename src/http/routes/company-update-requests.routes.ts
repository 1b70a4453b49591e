import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import type { ContactUpdateRequest, HiringCompanyUseCases } from "../../application/hiring-company/index.ts";
import { hiringCompanyProblem } from "../hiring-company-errors.ts";
import { type ActorMiddleware, AUTHENTICATED } from "../middleware/authentication.ts";
import { UpdateRequestInputSchema, UpdateRequestSchema } from "../schemas/hiring-company.schema.ts";
import { PageQuerySchema } from "../schemas/identity.schema.ts";
import { json } from "../schemas/json-content.ts";
import { problemContent } from "../schemas/problem.schema.ts";
import { validationHook } from "../validation.ts";

const unauthenticated = problemContent("Non connecté (UNAUTHENTICATED)");
const adminOnly = problemContent("Réservé au support (ADMIN_ONLY) ou origine refusée (ORIGIN_FORBIDDEN)");

const requestRoute = createRoute({
  method: "post",
  path: "/api/v1/company-update-requests",
  tags: ["Entreprises"],
  summary: "Demander la modification des coordonnées d'une entreprise de l'algorithme",
  description: "Appliquée quand le support l'accepte ; le demandeur est prévenu par e-mail dans les deux cas.",
  request: { body: { required: true, content: json(UpdateRequestInputSchema) } },
  responses: {
    202: { description: "Demande enregistrée", content: json(z.object({ id: z.string() })) },
    400: problemContent("Saisie invalide (VALIDATION_FAILED, EMAIL_MALFORMED)"),
    404: problemContent("SIRET absent de la liste (COMPANY_NOT_FOUND)"),
  },
});

const listRoute = createRoute({
  method: "get",
  path: "/api/v1/admin/company-update-requests",
  tags: ["Support"],
  summary: "Lister les demandes de modification des coordonnées (les plus anciennes d'abord)",
  security: AUTHENTICATED,
  request: { query: PageQuerySchema.extend({ status: z.enum(["pending", "approved", "rejected"]).optional() }) },
  responses: {
    200: {
      description: "Une page de demandes",
      content: json(
        z.object({ items: z.array(UpdateRequestSchema), page: z.number(), pageSize: z.number(), total: z.number() }),
      ),
    },
    400: problemContent("status, page ou pageSize invalide (VALIDATION_FAILED)"),
    401: unauthenticated,
    403: adminOnly,
  },
});

const decisionRoute = (verb: "approve" | "reject", summary: string) =>
  createRoute({
    method: "post",
    path: `/api/v1/admin/company-update-requests/{id}/${verb}`,
    tags: ["Support"],
    summary,
    security: AUTHENTICATED,
    request: { params: z.object({ id: z.string().min(1).max(100) }) },
    responses: {
      200: { description: "La demande traitée", content: json(UpdateRequestSchema) },
      401: unauthenticated,
      403: adminOnly,
      404: problemContent("Demande inconnue (UPDATE_REQUEST_NOT_FOUND)"),
      409: problemContent("Déjà acceptée ou refusée (UPDATE_REQUEST_ALREADY_DECIDED)"),
    },
  });

const approveRoute = decisionRoute("approve", "Accepter une demande : les nouvelles coordonnées s'affichent aussitôt");
const rejectRoute = decisionRoute("reject", "Refuser une demande de modification des coordonnées");

type Deps = Pick<
  HiringCompanyUseCases,
  "requestContactUpdate" | "listContactUpdates" | "approveContactUpdate" | "rejectContactUpdate"
>;

export function companyUpdateRequestRoutes(useCases: Deps, auth: ActorMiddleware) {
  return new OpenAPIHono({ defaultHook: validationHook })
    .openapi(requestRoute, async (c) => {
      const stored = await useCases.requestContactUpdate(c.req.valid("json"));
      return stored.ok ? c.json({ id: stored.value.id }, 202) : hiringCompanyProblem(c, stored.error);
    })
    .openapi({ ...listRoute, middleware: auth }, async (c) => {
      const listed = await useCases.listContactUpdates({ actor: c.var.actor, ...c.req.valid("query") });
      if (!listed.ok) return hiringCompanyProblem(c, listed.error);
      const { items, ...page } = listed.value;
      return c.json({ items: items.map(requestBody), ...page }, 200);
    })
    .openapi({ ...approveRoute, middleware: auth }, async (c) => {
      const decided = await useCases.approveContactUpdate({ actor: c.var.actor, ...c.req.valid("param") });
      return decided.ok ? c.json(requestBody(decided.value), 200) : hiringCompanyProblem(c, decided.error);
    })
    .openapi({ ...rejectRoute, middleware: auth }, async (c) => {
      const decided = await useCases.rejectContactUpdate({ actor: c.var.actor, ...c.req.valid("param") });
      return decided.ok ? c.json(requestBody(decided.value), 200) : hiringCompanyProblem(c, decided.error);
    });
}

function requestBody(request: ContactUpdateRequest): z.infer<typeof UpdateRequestSchema> {
  return {
    ...request,
    createdAt: request.createdAt.toISOString(),
    decidedAt: request.decidedAt?.toISOString() ?? null,
  };
}
