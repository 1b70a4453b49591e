import { OpenAPIHono, z } from "@hono/zod-openapi";
import type { Context } from "hono";
import type {
  ApplicationTarget,
  JobApplicationRefusal,
  JobApplicationUseCases,
} from "../../../application/job-application/index.ts";
import type { Siret } from "../../../domain/shared/siret.ts";
import { jobApplicationCatalogue } from "../../job-application-errors.ts";
import { readApplicationForm } from "../../job-application-form.ts";
import { sharedCatalogue } from "../../refusals.ts";
import { APPLICATION_MESSAGE_MAX } from "../../schemas/job-application.schema.ts";
import { errorsAsPages } from "../html-errors.ts";
import type { FieldErrors } from "../site/form-controls.tsx";
import { MessagePage } from "../site/message-page.tsx";
import { fieldErrorsOf } from "../site/page-forms.ts";
import { refusalTextIn } from "../site/refusal-text.ts";
import type { SitePageKit } from "../site/site-kit.ts";
import type { ApplyTarget } from "../site/site-paths.ts";
import { sitePageResponse, siteRedirect } from "../site/site-response.ts";
import {
  APPLY_PATHS,
  ApplicationSentPage,
  ApplyFormPage,
  type ApplyValues,
  TARGET_FIELDS,
  targetFromQuery,
} from "./apply-form-page.tsx";

type Deps = Pick<JobApplicationUseCases, "previewApplicationTarget" | "submitApplication" | "cvMaxBytes">;
type Status = 200 | 409 | 413 | 422 | 429;

/** The JSON API's French `detail` of a refusal, for the page. */
const sentenceOf = refusalTextIn({ ...sharedCatalogue, ...jobApplicationCatalogue });

/** Where each refusal of the submission is shown: next to its field, or at the top of the form (""). */
const FIELD_OF: Partial<Record<JobApplicationRefusal["code"], string>> = {
  EMAIL_MALFORMED: "email",
  DISPOSABLE_EMAIL: "email",
  CV_TOO_LARGE: "cv",
  CV_TYPE_NOT_ALLOWED: "cv",
  CV_INFECTED: "cv",
  QUOTA_EXCEEDED: "",
};

/** The form's own words for its fields' problems. */
function fieldLabels(typed: Readonly<Record<string, string>>): Record<string, string> {
  return {
    firstName: "Indiquez votre prénom.",
    lastName: "Indiquez votre nom.",
    email:
      (typed.email ?? "").trim() === ""
        ? "Indiquez votre adresse e-mail."
        : "L’adresse e-mail n’est pas valide : vérifiez-la (par exemple prenom.nom@exemple.fr).",
    phone: "Numéro de téléphone français invalide : saisissez 10 chiffres, par exemple 06 12 34 56 78.",
    message: `Votre message fait ${APPLICATION_MESSAGE_MAX.toLocaleString("fr-FR")} caractères au plus.`,
    cv: "Joignez votre CV (un fichier PDF ou Word).",
  };
}

/**
 * The candidate's apply form (docs/API.md "Applications"): the same reading of the multipart body and the same use
 * case as `POST /api/v1/applications`; each refusal next to its field, the typed values kept; success is a 303 to
 * the confirmation, so a reload never sends twice.
 */
export function applyPageRoutes(useCases: Deps, _kit: SitePageKit) {
  const app = new OpenAPIHono();
  app.use(APPLY_PATHS.form, errorsAsPages);
  app.use(`${APPLY_PATHS.form}/*`, errorsAsPages);

  app.get(APPLY_PATHS.form, async (c) => {
    const target = targetFromQuery((name) => c.req.query(name));
    if (!target) return notATarget(c);
    return formPage(c, target, 200);
  });

  app.post(APPLY_PATHS.form, async (c) => {
    const read = await readApplicationForm(c.req.raw, useCases.cvMaxBytes);
    if (!read.ok) {
      const { failure } = read;
      if (failure.kind === "invalid") {
        const target = targetOfFields(failure.fields);
        if (!target) return notATarget(c);
        const errors = fieldErrorsOf(failure, fieldLabels(failure.fields));
        return formPage(c, target, 422, valuesOf(failure.fields), errors);
      }
      return unreadableForm(c, failure.kind === "cv_too_large" ? failure.limit : null);
    }
    const { input, fields } = read;
    const target = applyTargetOf(input.target);
    const submitted = await useCases.submitApplication(input);
    // The form's action ends in #erreurs, which a browser keeps across a redirect without a fragment of its own.
    if (submitted.ok) return siteRedirect(c, `${APPLY_PATHS.sent}#contenu`);
    const { error } = submitted;
    const field = FIELD_OF[error.code];
    if (field === undefined) return cannotApply(c, error);
    if (error.code === "QUOTA_EXCEEDED") c.header("Retry-After", String(error.retryAfterSeconds));
    const status = error.code === "QUOTA_EXCEEDED" ? 429 : error.code === "CV_TOO_LARGE" ? 413 : 422;
    return formPage(c, target, status, valuesOf(fields), { [field]: sentenceOf(error) });
  });

  app.get(APPLY_PATHS.sent, (c) => sitePageResponse(c, 200, <ApplicationSentPage />));

  async function formPage(c: Context, target: ApplyTarget, status: Status, values?: ApplyValues, errors?: FieldErrors) {
    const preview = await useCases.previewApplicationTarget(applicationTargetOf(target));
    if (!preview.ok) return cannotApply(c, preview.error);
    const page = (
      <ApplyFormPage
        target={target}
        preview={preview.value}
        cvMaxBytes={useCases.cvMaxBytes}
        values={values}
        errors={errors}
      />
    );
    return sitePageResponse(c, status, page);
  }

  documentPages(app);
  return app;
}

function cannotApply(c: Context, error: JobApplicationRefusal) {
  const status = error.code === "OFFER_CLOSED" ? 409 : error.code === "NO_CONTACT_EMAIL" ? 422 : 404;
  const title =
    error.code === "OFFER_CLOSED"
      ? "Offre clôturée"
      : error.code === "NO_CONTACT_EMAIL"
        ? "Candidature impossible depuis ce site"
        : "Destinataire introuvable";
  return sitePageResponse(c, status, <MessagePage title={title} section="candidate" lines={[sentenceOf(error)]} />);
}

function notATarget(c: Context) {
  const lines = ["Cette adresse ne désigne aucune offre ni aucune entreprise : repartez des résultats de recherche."];
  return sitePageResponse(c, 404, <MessagePage title="Destinataire introuvable" section="candidate" lines={lines} />);
}

/** A body that could not be read: nothing was sent. A CV over the limit stops the reading, so the form is lost. */
function unreadableForm(c: Context, cvLimit: number | null) {
  const lines =
    cvLimit === null
      ? ["Nous n’avons pas pu lire le formulaire envoyé : rien n’a été transmis. Revenez en arrière et réessayez."]
      : [
          `Votre CV dépasse la taille autorisée (${Math.floor(cvLimit / (1024 * 1024))} Mo au plus) : rien n’a été transmis.`,
          "Enregistrez-le en PDF plus léger, puis revenez en arrière et envoyez de nouveau le formulaire.",
        ];
  const title = cvLimit === null ? "Formulaire illisible" : "CV trop volumineux";
  // The rest of the body is never read (src/http/multipart/lingering-close.ts).
  c.header("Connection", "close");
  return sitePageResponse(
    c,
    cvLimit === null ? 400 : 413,
    <MessagePage title={title} section="candidate" lines={lines} />,
  );
}

function valuesOf(fields: Readonly<Record<string, string>>): ApplyValues {
  const { firstName, lastName, email, phone, message } = fields;
  return { firstName, lastName, email, phone, message };
}

/** The hidden input the form carried, when it names exactly one target. */
function targetOfFields(fields: Readonly<Record<string, string>>): ApplyTarget | null {
  const named = (Object.keys(TARGET_FIELDS) as ApplyTarget["kind"][])
    .map((kind) => ({ kind, id: fields[TARGET_FIELDS[kind]]?.trim() ?? "" }))
    .filter((target) => target.id !== "" && target.id.length <= 100);
  return named.length === 1 ? (named[0] as ApplyTarget) : null;
}

function applyTargetOf(target: ApplicationTarget): ApplyTarget {
  if (target.kind === "offer") return { kind: "offer", id: target.offerId };
  if (target.kind === "partner_offer") return { kind: "partner_offer", id: target.partnerOfferId };
  return { kind: "company", id: target.siret };
}

function applicationTargetOf(target: ApplyTarget): ApplicationTarget {
  if (target.kind === "offer") return { kind: "offer", offerId: target.id };
  if (target.kind === "partner_offer") return { kind: "partner_offer", partnerOfferId: target.id };
  return { kind: "company", siret: target.id as Siret };
}

function documentPages(app: OpenAPIHono) {
  const tags = ["Pages (HTML)"];
  const html = (description: string) => ({ description, content: { "text/html": { schema: z.string() } } });
  app.openAPIRegistry.registerPath({
    method: "get",
    path: APPLY_PATHS.form,
    tags,
    summary: "Le formulaire de candidature (une offre, une offre France Travail ou une candidature spontanée)",
    request: {
      query: z.object({
        offre: z.string().optional(),
        offreFranceTravail: z.string().optional(),
        entreprise: z.string().optional(),
      }),
    },
    responses: {
      200: html("Le formulaire"),
      404: html("Destinataire inconnu"),
      409: html("Offre clôturée"),
      422: html("Aucune adresse e-mail connue"),
    },
  });
  app.openAPIRegistry.registerPath({
    method: "post",
    path: APPLY_PATHS.form,
    tags,
    summary: "Envoyer la candidature (multipart/form-data, les champs de POST /api/v1/applications)",
    responses: {
      303: { description: "Envoyée : vers la confirmation" },
      400: html("Formulaire illisible"),
      413: html("CV trop volumineux"),
      422: html("Le formulaire et ses erreurs, champ par champ"),
      429: html("Trop de candidatures (Retry-After)"),
    },
  });
  app.openAPIRegistry.registerPath({
    method: "get",
    path: APPLY_PATHS.sent,
    tags,
    summary: "Candidature envoyée",
    responses: { 200: html("La confirmation") },
  });
}
