import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import type { TrainingReportUseCases } from "../../application/training/training-reports.ts";
import { RESOLUTION_NOTE_MAX_LENGTH, type TrainingReport } from "../../domain/training/training-report.ts";
import { type ActorMiddleware, AUTHENTICATED } from "../middleware/authentication.ts";
import { PageQuerySchema } from "../schemas/identity.schema.ts";
import { json } from "../schemas/json-content.ts";
import { problemContent } from "../schemas/problem.schema.ts";
import { trainingReportProblem } from "../training-report-errors.ts";
import { validationHook } from "../validation.ts";

const optionalCode = (example: string) => z.string().max(20).nullish().openapi({ example });

// Shapes only: the use case checks each field and answers with a precise refusal (TRAINING_REPORT_INVALID…).
const TrainingReportInputSchema = z
  .object({
    siret: z.string().max(20).openapi({ example: "99100002700110" }),
    rncp: optionalCode("RNCP34567").openapi({ description: "Si seules certaines formations manquent" }),
    cfd: optionalCode("50022137").openapi({ description: "Code diplôme (8 caractères)" }),
    period: z.string().max(10).openapi({ example: "2026-09", description: "Période d'inscription AAAA-MM" }),
    insee: optionalCode("69123").openapi({ description: "Code commune INSEE du lieu, ou à défaut postcode" }),
    postcode: optionalCode("69003"),
    reporterEmail: z.string().max(254).openapi({ example: "contact@cfa-exemple.fr" }),
  })
  .openapi("TrainingReportInput");

const TrainingReportSchema = z
  .object({
    id: z.string(),
    siret: z.string(),
    rncp: z.string().nullable(),
    cfd: z.string().nullable(),
    period: z.string(),
    insee: z.string().nullable(),
    postcode: z.string().nullable(),
    reporterEmail: z.string(),
    status: z.enum(["open", "resolved"]),
    createdAt: z.iso.datetime(),
    resolvedAt: z.iso.datetime().nullable(),
    resolvedBy: z.string().nullable().openapi({ description: "Identifiant du membre du support" }),
    resolutionNote: z.string().nullable(),
  })
  .openapi("TrainingReport");

const TrainingReportPageSchema = z
  .object({
    items: z.array(TrainingReportSchema),
    page: z.number().int(),
    pageSize: z.number().int(),
    total: z.number().int(),
  })
  .openapi("TrainingReportPage");

const unauthenticated = problemContent("Non connecté (UNAUTHENTICATED)");

const reportRoute = createRoute({
  method: "post",
  path: "/api/v1/training-reports",
  tags: ["Formations"],
  summary: "Signaler des formations référencées auprès d'un Carif-Oref mais absentes du site",
  description: "Le signalement est transmis au support ; son auteur reçoit un accusé de réception par e-mail.",
  request: { body: { required: true, content: json(TrainingReportInputSchema) } },
  responses: {
    201: { description: "Signalement enregistré", content: json(z.object({ id: z.string() })) },
    400: problemContent(
      "Saisie invalide (VALIDATION_FAILED, SIRET_INVALID, EMAIL_MALFORMED, TRAINING_REPORT_INVALID) ou lieu inconnu (PLACE_UNKNOWN)",
    ),
  },
});

const listRoute = createRoute({
  method: "get",
  path: "/api/v1/admin/training-reports",
  tags: ["Support"],
  summary: "Lister les signalements de formations absentes (les plus anciens d'abord)",
  security: AUTHENTICATED,
  request: { query: PageQuerySchema.extend({ status: z.enum(["open", "resolved"]).optional() }) },
  responses: {
    200: { description: "Une page de signalements", content: json(TrainingReportPageSchema) },
    400: problemContent("status, page ou pageSize invalide (VALIDATION_FAILED)"),
    401: unauthenticated,
    403: problemContent("Réservé au support (ADMIN_ONLY)"),
  },
});

const resolveRoute = createRoute({
  method: "post",
  path: "/api/v1/admin/training-reports/{id}/resolve",
  tags: ["Support"],
  summary: "Marquer un signalement de formation absente comme résolu",
  description: "Son auteur en est informé par e-mail, avec le message facultatif du support.",
  security: AUTHENTICATED,
  request: {
    params: z.object({ id: z.string().min(1).max(100) }),
    body: {
      required: false,
      content: json(z.object({ message: z.string().max(RESOLUTION_NOTE_MAX_LENGTH).nullish() })),
    },
  },
  responses: {
    200: { description: "Le signalement résolu", content: json(TrainingReportSchema) },
    400: problemContent("Message trop long (VALIDATION_FAILED, TRAINING_REPORT_INVALID)"),
    401: unauthenticated,
    403: problemContent("Réservé au support (ADMIN_ONLY) ou origine refusée"),
    404: problemContent("Signalement inconnu (TRAINING_REPORT_NOT_FOUND)"),
    409: problemContent("Déjà résolu (TRAINING_REPORT_ALREADY_RESOLVED)"),
  },
});

/** "My training is missing": the public report, and support's list and resolution. */
export function trainingReportRoutes(useCases: TrainingReportUseCases, auth: ActorMiddleware) {
  return new OpenAPIHono({ defaultHook: validationHook })
    .openapi(reportRoute, async (c) => {
      const result = await useCases.reportMissingTraining(c.req.valid("json"));
      return result.ok ? c.json({ id: result.value.id }, 201) : trainingReportProblem(c, result.error);
    })
    .openapi({ ...listRoute, middleware: auth }, async (c) => {
      const result = await useCases.listTrainingReports({ actor: c.var.actor, ...c.req.valid("query") });
      if (!result.ok) return trainingReportProblem(c, result.error);
      const { items, ...page } = result.value;
      return c.json({ items: items.map(toBody), ...page }, 200);
    })
    .openapi({ ...resolveRoute, middleware: auth }, async (c) => {
      const { id } = c.req.valid("param");
      const { message } = c.req.valid("json") ?? {};
      const result = await useCases.resolveTrainingReport({ actor: c.var.actor, id, message });
      return result.ok ? c.json(toBody(result.value), 200) : trainingReportProblem(c, result.error);
    });
}

function toBody(report: TrainingReport): z.infer<typeof TrainingReportSchema> {
  const { id, siret, rncp, cfd, period, place, reporterEmail, status, createdAt } = report;
  const resolved = report.status === "resolved" ? report : null;
  return {
    id,
    siret,
    rncp,
    cfd,
    period,
    insee: place.kind === "insee" ? place.insee : null,
    postcode: place.kind === "postcode" ? place.postcode : null,
    reporterEmail,
    status,
    createdAt: createdAt.toISOString(),
    resolvedAt: resolved?.resolvedAt.toISOString() ?? null,
    resolvedBy: resolved?.resolvedBy ?? null,
    resolutionNote: resolved?.resolutionNote ?? null,
  };
}
