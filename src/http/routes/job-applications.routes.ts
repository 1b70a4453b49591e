import { createRoute, OpenAPIHono } from "@hono/zod-openapi";
import type { Context } from "hono";
import type { JobApplicationUseCases as UseCases } from "../../application/job-application/index.ts";
import { attachmentDisposition } from "../attachment-disposition.ts";
import { jobApplicationProblem } from "../job-application-errors.ts";
import { type ActorMiddleware, AUTHENTICATED } from "../middleware/authentication.ts";
import { PageQuerySchema } from "../schemas/identity.schema.ts";
import {
  ApplicationAcceptedSchema,
  ApplicationChangesSchema,
  ApplicationFormSchema,
  ApplicationForResponseSchema,
  ConsoleApplicationPageSchema,
  ConsoleApplicationSchema,
  CvTokenParamSchema,
  OfferApplicationParamsSchema,
  ResponseBodySchema,
} from "../schemas/job-application.schema.ts";
import { json } from "../schemas/json-content.ts";
import { LinkTokenParamSchema } from "../schemas/link-token.schema.ts";
import { OfferIdParamSchema } from "../schemas/offer.schema.ts";
import { problemContent } from "../schemas/problem.schema.ts";
import { validationHook } from "../validation.ts";
import { toConsoleApplicationBody, toResponseViewBody } from "./job-application-bodies.ts";
import { submitApplication } from "./job-application-submit.ts";

const tags = ["Candidatures"];
const invalidLink = problemContent("Lien inconnu ou expiré (LINK_INVALID)");
const consoleErrors = {
  400: problemContent("Membre de plusieurs organisations et pas d'en-tête X-Organisation-Id (ORGANISATION_REQUIRED)"),
  401: problemContent("Non connecté (UNAUTHENTICATED)"),
  404: problemContent("Offre inconnue ou d'une autre organisation (APPLICATION_NOT_FOUND)"),
};

const submitRoute = createRoute({
  method: "post",
  path: "/api/v1/applications",
  tags,
  summary: "Postuler (offre publiée ici, offre France Travail ou candidature spontanée), CV joint",
  description:
    "multipart/form-data. Le CV (PDF ou DOCX, jugé sur son contenu, 3 Mo au plus) est analysé par l'antivirus puis transmis avec la candidature ; le candidat reçoit une confirmation, puis la réponse de l'entreprise dès qu'elle la donne.",
  request: { body: { required: true, content: { "multipart/form-data": { schema: ApplicationFormSchema } } } },
  responses: {
    202: { description: "Candidature acceptée (envoi asynchrone)", content: json(ApplicationAcceptedSchema) },
    400: problemContent("Formulaire invalide (VALIDATION_FAILED, EMAIL_MALFORMED)"),
    404: problemContent("Destinataire inconnu (TARGET_NOT_FOUND)"),
    409: problemContent("Offre clôturée ou expirée (OFFER_CLOSED)"),
    413: problemContent("CV trop volumineux (CV_TOO_LARGE), refusé dès la limite passée"),
    415: problemContent("Le corps n'est pas du multipart/form-data (UNSUPPORTED_MEDIA_TYPE)"),
    422: problemContent("NO_CONTACT_EMAIL, CV_TYPE_NOT_ALLOWED, CV_INFECTED, DISPOSABLE_EMAIL"),
    429: problemContent("Quota de candidatures atteint (QUOTA_EXCEEDED, Retry-After) ou RATE_LIMITED"),
  },
});

const readResponseRoute = createRoute({
  method: "get",
  path: "/api/v1/application-responses/{token}",
  tags,
  summary: "La candidature que le lien de l'entreprise désigne, et sa réponse actuelle (ne change rien)",
  request: { params: LinkTokenParamSchema },
  responses: { 200: { description: "La candidature", content: json(ApplicationForResponseSchema) }, 401: invalidLink },
});

const respondRoute = createRoute({
  method: "post",
  path: "/api/v1/application-responses/{token}",
  tags,
  summary: "Répondre à une candidature : entretien, plus tard ou refus (le candidat est prévenu aussitôt)",
  description: "Une réponse changée prévient de nouveau le candidat ; la même réponse deux fois, non.",
  request: { params: LinkTokenParamSchema, body: { required: true, content: json(ResponseBodySchema) } },
  responses: {
    200: { description: "La candidature et sa réponse", content: json(ApplicationForResponseSchema) },
    400: problemContent("Réponse invalide (VALIDATION_FAILED)"),
    401: invalidLink,
  },
});

const listRoute = createRoute({
  method: "get",
  path: "/api/v1/offers/{id}/applications",
  tags,
  summary: "Les candidatures reçues sur une offre, avec leurs liens de téléchargement de CV",
  security: AUTHENTICATED,
  request: { params: OfferIdParamSchema, query: PageQuerySchema },
  responses: {
    200: { description: "Les candidatures", content: json(ConsoleApplicationPageSchema) },
    ...consoleErrors,
  },
});

const patchRoute = createRoute({
  method: "patch",
  path: "/api/v1/offers/{id}/applications/{applicationId}",
  tags,
  summary: "Changer le statut d'une candidature ou ses notes privées",
  security: AUTHENTICATED,
  request: { params: OfferApplicationParamsSchema, body: { required: true, content: json(ApplicationChangesSchema) } },
  responses: {
    200: { description: "La candidature", content: json(ConsoleApplicationSchema) },
    ...consoleErrors,
    409: problemContent("Changement de statut impossible (STATUS_TRANSITION_REFUSED)"),
  },
});

const cvRoute = createRoute({
  method: "get",
  path: "/api/v1/cv-downloads/{token}",
  tags,
  summary: "Télécharger un CV par le lien signé de la liste des candidatures (valable quelques minutes)",
  description: "Réservé aux membres de la structure qui a publié l'offre, même avec un lien valable.",
  security: AUTHENTICATED,
  request: { params: CvTokenParamSchema },
  responses: {
    200: {
      description: "Le fichier",
      content: { "application/octet-stream": { schema: { type: "string", format: "binary" } } },
    },
    400: consoleErrors[400],
    401: problemContent("Non connecté (UNAUTHENTICATED), ou lien invalide ou expiré (LINK_INVALID)"),
    404: problemContent("CV supprimé (CV_NOT_FOUND), ou candidature d'une autre structure (APPLICATION_NOT_FOUND)"),
  },
});

/** The applications' routes: the candidate's submission, the company's quick response, the recruiter console. */
export function jobApplicationRoutes(useCases: UseCases, auth: ActorMiddleware) {
  const app = new OpenAPIHono({ defaultHook: validationHook });
  // The submission reads its body as a stream (the CV's size is checked while it arrives): documented here,
  // handled by a plain route, so that no validator buffers the form first.
  app.openAPIRegistry.registerPath(submitRoute);
  app.post(submitRoute.path, (c) => submitApplication(c, useCases));
  return app
    .openapi(readResponseRoute, async (c) => {
      const read = await useCases.previewApplicationResponse(c.req.valid("param").token);
      if (!read.ok) return jobApplicationProblem(c, read.error);
      return c.json(toResponseViewBody(read.value.application, read.value.linkExpiresAt), 200);
    })
    .openapi(respondRoute, async (c) => {
      const { token } = c.req.valid("param");
      const { intention, message } = c.req.valid("json");
      const answered = await useCases.respondToApplication({ token, intention, message: message ?? null });
      if (!answered.ok) return jobApplicationProblem(c, answered.error);
      const read = await useCases.previewApplicationResponse(token);
      if (!read.ok) return jobApplicationProblem(c, read.error);
      return c.json(toResponseViewBody(read.value.application, read.value.linkExpiresAt), 200);
    })
    .openapi({ ...listRoute, middleware: auth }, async (c) => {
      const { id } = c.req.valid("param");
      const { page, pageSize } = c.req.valid("query");
      const listed = await useCases.listOfferApplications({ actor: c.var.actor, offerId: id, page, pageSize });
      if (!listed.ok) return jobApplicationProblem(c, listed.error);
      const items = listed.value.items.map((item) => toConsoleApplicationBody(item, cvUrlOf(c)));
      return c.json({ items, page, pageSize, total: listed.value.total }, 200);
    })
    .openapi({ ...patchRoute, middleware: auth }, async (c) => {
      const { id, applicationId } = c.req.valid("param");
      const changes = c.req.valid("json");
      const updated = await useCases.updateApplication({
        actor: c.var.actor,
        offerId: id,
        applicationId,
        changes: {
          ...(changes.status === undefined ? {} : { status: changes.status }),
          ...(changes.notes === undefined ? {} : { notes: changes.notes }),
        },
      });
      if (!updated.ok) return jobApplicationProblem(c, updated.error);
      return c.json(toConsoleApplicationBody({ application: updated.value, cvLink: null }, cvUrlOf(c)), 200);
    })
    .openapi({ ...cvRoute, middleware: auth }, async (c) => {
      const downloaded = await useCases.downloadCv({ actor: c.var.actor, token: c.req.valid("param").token });
      if (!downloaded.ok) return jobApplicationProblem(c, downloaded.error);
      const cv = downloaded.value;
      return c.body(cv.bytes as Uint8Array<ArrayBuffer>, 200, {
        "Content-Type": cv.contentType,
        "Content-Disposition": attachmentDisposition(cv.filename),
        "Cache-Control": "no-store",
        "X-Content-Type-Options": "nosniff",
      }) as never;
    });
}

/** Absolute URL of a CV download link, on the origin the request came to. */
const cvUrlOf = (c: Context) => (token: string) => new URL(`/api/v1/cv-downloads/${token}`, c.req.url).toString();
