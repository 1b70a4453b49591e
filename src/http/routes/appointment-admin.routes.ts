import { createRoute, OpenAPIHono } from "@hono/zod-openapi";
import type { AppointmentUseCases as UseCases } from "../../application/appointment/index.ts";
import { appointmentProblem } from "../appointment-errors.ts";
import { type ActorMiddleware, AUTHENTICATED } from "../middleware/authentication.ts";
import { json } from "../schemas/json-content.ts";
import { problemContent } from "../schemas/problem.schema.ts";
import { validationHook } from "../validation.ts";
import { toAdminAppointmentBody } from "./appointment-bodies.ts";
import {
  AdminAppointmentPageSchema,
  AdminAppointmentQuerySchema,
  AppointmentStatsSchema,
  EstablishmentSettingsSchema,
  InvitationSentSchema,
  SettingsBodySchema,
  SiretPathSchema,
  StatsQuerySchema,
  TrainingPathSchema,
  TrainingSettingsSchema,
} from "./appointment-schemas.ts";

const tags = ["Support"];
const unauthenticated = problemContent("Non connecté (UNAUTHENTICATED)");
const adminOnly = problemContent("Réservé au support (ADMIN_ONLY) ou origine refusée (ORIGIN_FORBIDDEN)");
const body = { content: json(SettingsBodySchema), required: true };

const establishmentSettingsRoute = createRoute({
  method: "patch",
  path: "/api/v1/admin/establishments/{siret}/appointment-settings",
  tags,
  summary: "Régler la prise de rendez-vous d'un établissement (SIRET formateur), pour toutes ses formations",
  security: AUTHENTICATED,
  request: { params: SiretPathSchema, body },
  responses: {
    200: { description: "Les réglages de l'établissement", content: json(EstablishmentSettingsSchema) },
    400: problemContent("Corps invalide (VALIDATION_FAILED, EMAIL_MALFORMED)"),
    401: unauthenticated,
    403: adminOnly,
    404: problemContent("Aucune formation du catalogue pour ce SIRET (ESTABLISHMENT_NOT_IN_CATALOGUE)"),
  },
});

const trainingSettingsRoute = createRoute({
  method: "patch",
  path: "/api/v1/admin/trainings/{id}/appointment-settings",
  tags,
  summary: "Régler la prise de rendez-vous d'une formation (prime sur les réglages de l'établissement)",
  security: AUTHENTICATED,
  request: { params: TrainingPathSchema, body },
  responses: {
    200: { description: "Les réglages de la formation", content: json(TrainingSettingsSchema) },
    400: problemContent("Corps invalide (VALIDATION_FAILED, EMAIL_MALFORMED)"),
    401: unauthenticated,
    403: adminOnly,
    404: problemContent("Formation inconnue (TRAINING_NOT_FOUND)"),
  },
});

const invitationRoute = createRoute({
  method: "post",
  path: "/api/v1/admin/establishments/{siret}/parcoursup-invitation",
  tags,
  summary: "Envoyer (ou renvoyer) à l'établissement l'invitation à activer le service sur Parcoursup",
  security: AUTHENTICATED,
  request: { params: SiretPathSchema },
  responses: {
    202: { description: "Invitation envoyée", content: json(InvitationSentSchema) },
    401: unauthenticated,
    403: adminOnly,
    404: problemContent("Aucune formation du catalogue pour ce SIRET (ESTABLISHMENT_NOT_IN_CATALOGUE)"),
    422: problemContent("Aucune adresse connue pour l'établissement (NO_RECIPIENT_EMAIL)"),
  },
});

const listRoute = createRoute({
  method: "get",
  path: "/api/v1/admin/appointments",
  tags,
  summary: "Lister les demandes de rendez-vous et leurs réponses (les plus récentes d'abord)",
  security: AUTHENTICATED,
  request: { query: AdminAppointmentQuerySchema },
  responses: {
    200: { description: "Une page de demandes", content: json(AdminAppointmentPageSchema) },
    400: problemContent("Paramètres invalides (VALIDATION_FAILED)"),
    401: unauthenticated,
    403: adminOnly,
  },
});

const statsRoute = createRoute({
  method: "get",
  path: "/api/v1/admin/appointment-stats",
  tags,
  summary: "Taux de réponse et délai médian de réponse de chaque établissement",
  security: AUTHENTICATED,
  request: { query: StatsQuerySchema },
  responses: {
    200: {
      description: "Un établissement par ligne, les plus sollicités d'abord",
      content: json(AppointmentStatsSchema),
    },
    400: problemContent("Paramètres invalides (VALIDATION_FAILED)"),
    401: unauthenticated,
    403: adminOnly,
  },
});

/** Support's appointment routes (docs/API.md "Support"): settings, Parcoursup invitations, requests and stats. */
export function appointmentAdminRoutes(useCases: UseCases, auth: ActorMiddleware) {
  return new OpenAPIHono({ defaultHook: validationHook })
    .openapi({ ...establishmentSettingsRoute, middleware: auth }, async (c) => {
      const input = { actor: c.var.actor, ...c.req.valid("param"), ...c.req.valid("json") };
      const updated = await useCases.updateEstablishmentAppointmentSettings(input);
      if (!updated.ok) return appointmentProblem(c, updated.error);
      const { settings, trainingCount } = updated.value;
      return c.json({ ...settings, updatedAt: settings.updatedAt.toISOString(), trainingCount }, 200);
    })
    .openapi({ ...trainingSettingsRoute, middleware: auth }, async (c) => {
      const { id } = c.req.valid("param");
      const input = { actor: c.var.actor, trainingId: id, ...c.req.valid("json") };
      const updated = await useCases.updateTrainingAppointmentSettings(input);
      if (!updated.ok) return appointmentProblem(c, updated.error);
      const { settings, recipientEmail } = updated.value;
      return c.json({ ...settings, updatedAt: settings.updatedAt.toISOString(), recipientEmail }, 200);
    })
    .openapi({ ...invitationRoute, middleware: auth }, async (c) => {
      const sent = await useCases.sendParcoursupInvitation({ actor: c.var.actor, ...c.req.valid("param") });
      if (!sent.ok) return appointmentProblem(c, sent.error);
      return c.json({ ...sent.value, expiresAt: sent.value.expiresAt.toISOString() }, 202);
    })
    .openapi({ ...listRoute, middleware: auth }, async (c) => {
      const listed = await useCases.listAppointmentRequests({ actor: c.var.actor, ...c.req.valid("query") });
      if (!listed.ok) return appointmentProblem(c, listed.error);
      return c.json({ ...listed.value, items: listed.value.items.map(toAdminAppointmentBody) }, 200);
    })
    .openapi({ ...statsRoute, middleware: auth }, async (c) => {
      const stats = await useCases.appointmentStats({ actor: c.var.actor, ...c.req.valid("query") });
      if (!stats.ok) return appointmentProblem(c, stats.error);
      return c.json({ items: [...stats.value] }, 200);
    });
}
