import { OpenAPIHono, z } from "@hono/zod-openapi";
import type { Context } from "hono";
import type { AppointmentRefusal, AppointmentUseCases } from "../../../application/appointment/index.ts";
import { appointmentCatalogue } from "../../appointment-errors.ts";
import { sharedCatalogue } from "../../refusals.ts";
import { NewAppointmentSchema } from "../../routes/appointment-schemas.ts";
import { trainingCatalogue } from "../../training-errors.ts";
import { errorsAsPages } from "../html-errors.ts";
import type { FieldErrors } from "../site/form-controls.tsx";
import { MessagePage } from "../site/message-page.tsx";
import { fieldErrorsOf, type PageForm, readPageForm, textOf, valuesOf } from "../site/page-forms.ts";
import { refusalTextIn } from "../site/refusal-text.ts";
import type { SitePageKit } from "../site/site-kit.ts";
import { appointmentHref } from "../site/site-paths.ts";
import { sitePageResponse, siteRedirect } from "../site/site-response.ts";
import { RequestFormPage, RequestSentPage, type RequestValues } from "./request-form-page.tsx";

type Deps = Pick<AppointmentUseCases, "previewAppointment" | "requestAppointment">;
type Status = 200 | 400 | 422 | 429;

/** Our website is the "lba" platform of the appointment service. */
const PLATFORM = "lba";
const FORM = "/formations/:id/rendez-vous";
const SENT = "/formations/:id/rendez-vous/envoyee";

const sentenceOf = refusalTextIn({ ...sharedCatalogue, ...trainingCatalogue, ...appointmentCatalogue });

const FIELD_ORDER = ["applicantType", "firstName", "lastName", "email", "phone", "reasons", "message"] as const;

const FIELD_LABELS = {
  applicantType: "Indiquez si vous êtes le candidat ou son parent.",
  firstName: "Indiquez votre prénom.",
  lastName: "Indiquez votre nom.",
  phone: "Indiquez un numéro de téléphone français, par exemple 06 12 34 56 78.",
  reasons: "Cochez au moins un sujet.",
};

/**
 * The candidate's appointment request (docs/API.md "Appointments"): the same use case as `POST /api/v1/appointments`
 * from the "lba" platform; the form is shown only when the request can be sent; each refusal next to its field;
 * success is a 303 to "Demande envoyée".
 */
export function appointmentRequestPageRoutes(useCases: Deps, _kit: SitePageKit) {
  const app = new OpenAPIHono();
  app.use(FORM, errorsAsPages);
  app.use(SENT, errorsAsPages);

  app.get(FORM, (c) => formPage(c, c.req.param("id"), 200));

  app.post(FORM, async (c) => {
    const trainingId = c.req.param("id");
    const read = await readPageForm(c);
    if (!read.ok)
      return formPage(c, trainingId, 400, {}, { "": "Nous n’avons pas pu lire le formulaire : réessayez." });
    const form = read.value;
    const values = valuesFrom(form);
    const parsed = NewAppointmentSchema.safeParse({
      ...values,
      trainingId,
      platform: PLATFORM,
      message: values.message === "" ? null : values.message,
    });
    if (!parsed.success) {
      const labels = { ...FIELD_LABELS, email: emailLabel(values.email ?? "") };
      const errors = fieldErrorsOf(parsed.error, labels);
      // The summary lists the problems in the order of the fields on the page.
      const inPageOrder = Object.fromEntries(FIELD_ORDER.filter((name) => name in errors).map((n) => [n, errors[n]]));
      return formPage(c, trainingId, 422, values, inPageOrder as FieldErrors);
    }
    const asked = await useCases.requestAppointment(parsed.data);
    if (asked.ok) return siteRedirect(c, `${appointmentHref(trainingId)}/envoyee#contenu`);
    const { error } = asked;
    if (error.code === "TRAINING_NOT_FOUND" || error.code === "APPOINTMENT_UNAVAILABLE") return cannotRequest(c, error);
    if (error.code === "DUPLICATE_REQUEST") {
      c.header("Retry-After", String(error.retryAfterSeconds));
      return formPage(c, trainingId, 429, values, { "": sentenceOf(error) });
    }
    const field = error.code === "APPOINTMENT_REQUEST_INVALID" ? error.path : "email";
    return formPage(c, trainingId, 422, values, { [field]: sentenceOf(error) });
  });

  app.get(SENT, (c) => sitePageResponse(c, 200, <RequestSentPage trainingId={c.req.param("id")} />));

  async function formPage(
    c: Context,
    trainingId: string,
    status: Status,
    values?: RequestValues,
    errors?: FieldErrors,
  ) {
    const preview = await useCases.previewAppointment({ trainingId, platform: PLATFORM });
    if (!preview.ok) return cannotRequest(c, preview.error);
    const page = <RequestFormPage trainingId={trainingId} preview={preview.value} values={values} errors={errors} />;
    return sitePageResponse(c, status, page);
  }

  documentPages(app);
  return app;
}

function cannotRequest(c: Context, error: Extract<AppointmentRefusal, { code: string }>) {
  const unavailable = error.code === "APPOINTMENT_UNAVAILABLE";
  const title = unavailable ? "Prise de rendez-vous indisponible" : "Formation introuvable";
  return sitePageResponse(
    c,
    unavailable ? 409 : 404,
    <MessagePage title={title} section="candidate" lines={[sentenceOf(error)]} />,
  );
}

function valuesFrom(form: PageForm): RequestValues {
  return {
    applicantType: textOf(form, "applicantType"),
    firstName: textOf(form, "firstName"),
    lastName: textOf(form, "lastName"),
    email: textOf(form, "email"),
    phone: textOf(form, "phone"),
    reasons: valuesOf(form, "reasons"),
    message: textOf(form, "message"),
  };
}

function emailLabel(typed: string): string {
  return typed.trim() === ""
    ? "Indiquez votre adresse e-mail."
    : "L’adresse e-mail n’est pas valide : vérifiez-la (par exemple prenom.nom@exemple.fr).";
}

function documentPages(app: OpenAPIHono) {
  const tags = ["Pages (HTML)"];
  const html = (description: string) => ({ description, content: { "text/html": { schema: z.string() } } });
  const params = z.object({ id: z.string() });
  app.openAPIRegistry.registerPath({
    method: "get",
    path: "/formations/{id}/rendez-vous",
    tags,
    summary: "Le formulaire de demande de rendez-vous à un centre de formation",
    request: { params },
    responses: {
      200: html("Le formulaire"),
      404: html("Formation inconnue"),
      409: html("Service fermé pour cette formation"),
    },
  });
  app.openAPIRegistry.registerPath({
    method: "post",
    path: "/formations/{id}/rendez-vous",
    tags,
    summary: "Envoyer la demande (les champs de POST /api/v1/appointments, depuis La bonne alternance)",
    request: { params },
    responses: {
      303: { description: "Envoyée : vers « Demande envoyée »" },
      400: html("Formulaire illisible"),
      422: html("Le formulaire et ses erreurs, champ par champ"),
      429: html("Demande déjà envoyée il y a moins de 4 jours (Retry-After)"),
    },
  });
  app.openAPIRegistry.registerPath({
    method: "get",
    path: "/formations/{id}/rendez-vous/envoyee",
    tags,
    summary: "Demande de rendez-vous envoyée",
    request: { params },
    responses: { 200: html("La confirmation") },
  });
}
