import { createRoute, OpenAPIHono } from "@hono/zod-openapi";
import type { AppointmentUseCases as UseCases } from "../../application/appointment/index.ts";
import { appointmentProblem } from "../appointment-errors.ts";
import { json } from "../schemas/json-content.ts";
import { LinkTokenParamSchema } from "../schemas/link-token.schema.ts";
import { problemContent } from "../schemas/problem.schema.ts";
import { validationHook } from "../validation.ts";
import { toActivationBody, toAppointmentBody } from "./appointment-bodies.ts";
import {
  AnswerBodySchema,
  AppointmentCreatedSchema,
  AppointmentSchema,
  NewAppointmentSchema,
  ParcoursupActivationSchema,
} from "./appointment-schemas.ts";

const tags = ["Prise de rendez-vous (RDVA)"];
const invalidLink = problemContent("Lien inconnu, expiré ou déjà utilisé (LINK_INVALID)");

const requestRoute = createRoute({
  method: "post",
  path: "/api/v1/appointments",
  tags,
  summary: "Demander un rendez-vous à un centre de formation",
  description:
    "Le centre reçoit la demande et un lien pour y répondre ; le candidat reçoit une confirmation avec les coordonnées du centre.",
  request: { body: { content: json(NewAppointmentSchema), required: true } },
  responses: {
    201: { description: "Demande transmise", content: json(AppointmentCreatedSchema) },
    400: problemContent("Demande invalide (VALIDATION_FAILED, APPOINTMENT_REQUEST_INVALID, EMAIL_MALFORMED)"),
    404: problemContent("Formation inconnue (TRAINING_NOT_FOUND)"),
    409: problemContent("Service fermé pour cette formation et ce site (APPOINTMENT_UNAVAILABLE)"),
    422: problemContent("Adresse e-mail jetable (DISPOSABLE_EMAIL)"),
    429: problemContent("Déjà demandé dans les 4 derniers jours (DUPLICATE_REQUEST, Retry-After) ou RATE_LIMITED"),
  },
});

const readReplyRoute = createRoute({
  method: "get",
  path: "/api/v1/appointment-replies/{token}",
  tags,
  summary: "La demande que le lien du centre désigne, et sa réponse (ne change rien)",
  request: { params: LinkTokenParamSchema },
  responses: { 200: { description: "La demande", content: json(AppointmentSchema) }, 401: invalidLink },
});

const answerRoute = createRoute({
  method: "post",
  path: "/api/v1/appointment-replies/{token}",
  tags,
  summary: "Enregistrer la réponse du centre (une seule fois)",
  description: "Un message personnalisé est envoyé aussitôt au candidat.",
  request: { params: LinkTokenParamSchema, body: { content: json(AnswerBodySchema), required: true } },
  responses: {
    200: { description: "La demande avec sa réponse", content: json(AppointmentSchema) },
    400: problemContent("Réponse invalide (VALIDATION_FAILED, ANSWER_INVALID)"),
    401: invalidLink,
    409: problemContent("Une réponse est déjà enregistrée (ALREADY_ANSWERED)"),
  },
});

const readActivationRoute = createRoute({
  method: "get",
  path: "/api/v1/parcoursup-activations/{token}",
  tags,
  summary: "L'invitation Parcoursup : l'engagement et l'état actuel (ne change rien)",
  request: { params: LinkTokenParamSchema },
  responses: { 200: { description: "L'invitation", content: json(ParcoursupActivationSchema) }, 401: invalidLink },
});

const activateRoute = createRoute({
  method: "post",
  path: "/api/v1/parcoursup-activations/{token}",
  tags,
  summary: "Activer la prise de rendez-vous sur Parcoursup pour l'établissement (lien à usage unique)",
  request: { params: LinkTokenParamSchema },
  responses: { 200: { description: "Activé", content: json(ParcoursupActivationSchema) }, 401: invalidLink },
});

/** The public appointment routes: the candidate's request and the JSON twins of the CFA's email links. */
export function appointmentRoutes(useCases: UseCases) {
  return new OpenAPIHono({ defaultHook: validationHook })
    .openapi(requestRoute, async (c) => {
      const asked = await useCases.requestAppointment(c.req.valid("json"));
      if (!asked.ok) return appointmentProblem(c, asked.error);
      return c.json(asked.value, 201);
    })
    .openapi(readReplyRoute, async (c) => {
      const read = await useCases.readAppointmentReply(c.req.valid("param"));
      if (!read.ok) return appointmentProblem(c, read.error);
      return c.json(toAppointmentBody(read.value), 200);
    })
    .openapi(answerRoute, async (c) => {
      const answered = await useCases.answerAppointment({ ...c.req.valid("param"), ...c.req.valid("json") });
      if (!answered.ok) return appointmentProblem(c, answered.error);
      return c.json(toAppointmentBody(answered.value), 200);
    })
    .openapi(readActivationRoute, async (c) => {
      const read = await useCases.readParcoursupInvitation(c.req.valid("param"));
      if (!read.ok) return appointmentProblem(c, read.error);
      return c.json(toActivationBody(read.value), 200);
    })
    .openapi(activateRoute, async (c) => {
      const activated = await useCases.activateParcoursup(c.req.valid("param"));
      if (!activated.ok) return appointmentProblem(c, activated.error);
      return c.json(toActivationBody(activated.value), 200);
    });
}
