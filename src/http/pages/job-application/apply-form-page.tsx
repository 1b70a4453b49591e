import type { ApplicationTargetPreview } from "../../../application/job-application/index.ts";
import { APPLICATION_MESSAGE_MAX } from "../../schemas/job-application.schema.ts";
import { Layout } from "../layout.tsx";
import { ErrorSummary, type FieldErrors, TextArea, TextInput } from "../site/form-controls.tsx";
import { PersonFields } from "../site/person-fields.tsx";
import { APPLY_PARAMETERS, type ApplyTarget, detailHref, SITE_PATHS } from "../site/site-paths.ts";

export const APPLY_PATHS = { form: "/candidater", sent: "/candidater/envoyee" } as const;

/** The API's field that names each kind of target, carried by the form in a hidden input. */
export const TARGET_FIELDS = { offer: "offerId", partner_offer: "partnerOfferId", company: "companySiret" } as const;

export type ApplyValues = Readonly<{
  firstName?: string;
  lastName?: string;
  email?: string;
  phone?: string;
  message?: string;
}>;

type ApplyFormProps = Readonly<{
  target: ApplyTarget;
  preview: ApplicationTargetPreview;
  cvMaxBytes: number;
  values?: ApplyValues;
  errors?: FieldErrors;
}>;

const megabytes = (bytes: number) => Math.floor(bytes / (1024 * 1024));

/**
 * `/candidater?offre=…` (or `offreFranceTravail=`, `entreprise=`): the application form. The CV's type and size are
 * told before sending, in its hint, and checked by `cv-check.js` as soon as a file is chosen; the server checks
 * them again. After a refusal the typed fields come back, but a browser never refills a file input: the CV's hint
 * says so.
 */
export function ApplyFormPage({ target, preview, cvMaxBytes, values = {}, errors = {} }: ApplyFormProps) {
  const spontaneous = target.kind === "company";
  const heading = spontaneous ? "Candidature spontanée" : "Postuler à cette offre";
  const refused = Object.keys(errors).length > 0;
  return (
    <Layout title={`${heading} : ${preview.title}`} section="candidate" scripts={["cv-check.js"]}>
      <p>
        <a href={detailHref(target)}>Retour à {spontaneous ? "l’entreprise" : "l’offre"}</a>
      </p>
      <h1>{heading}</h1>
      <div class="card">
        <p>
          <strong>{preview.title}</strong>
        </p>
        <p>{preview.companyName}</p>
      </div>
      {spontaneous ? (
        <p>
          Cette entreprise n’a pas publié d’offre, mais elle recrute souvent des alternants dans ce métier : votre
          candidature lui arrive directement.
        </p>
      ) : null}
      <ErrorSummary errors={errors} />
      <form method="post" action={`${APPLY_PATHS.form}#erreurs`} enctype="multipart/form-data" novalidate>
        <input type="hidden" name={TARGET_FIELDS[target.kind]} value={target.id} />
        <p class="hint">Tous les champs sont obligatoires, sauf mention contraire.</p>
        <PersonFields values={values} errors={errors} emailPurpose="L’entreprise vous répondra à cette adresse." />
        <TextArea
          name="message"
          label="Votre message (facultatif)"
          hint={`Présentez-vous et dites pourquoi ce poste vous intéresse, en ${APPLICATION_MESSAGE_MAX.toLocaleString("fr-FR")} caractères au plus.`}
          value={values.message}
          errors={errors}
          maxlength={APPLICATION_MESSAGE_MAX}
        />
        <TextInput
          name="cv"
          label="Votre CV"
          hint={`Un fichier PDF ou Word (.docx) de ${megabytes(cvMaxBytes)} Mo au plus.${refused ? " Joignez-le de nouveau : le navigateur ne le garde pas après une erreur." : ""}`}
          type="file"
          errors={errors}
          required
          accept=".pdf,.docx,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
          data={{ "cv-max-bytes": String(cvMaxBytes) }}
        />
        <p class="hint">
          Votre candidature et votre CV sont transmis à cette seule entreprise. Votre CV est supprimé de nos serveurs 90
          jours après l’envoi.
        </p>
        <button type="submit">Envoyer ma candidature</button>
      </form>
    </Layout>
  );
}

/** After the 303: the candidate knows the application left, and what comes next. */
export function ApplicationSentPage() {
  return (
    <Layout title="Candidature envoyée" section="candidate">
      <div class="success" role="status">
        <h1>Candidature envoyée</h1>
        <p>L’entreprise a reçu votre candidature et votre CV.</p>
      </div>
      <p>
        Un e-mail de confirmation vous a été envoyé. L’entreprise vous répondra par e-mail : nous vous prévenons dès
        qu’elle a donné sa réponse.
      </p>
      <p>
        <a href={SITE_PATHS.home}>Faire une nouvelle recherche</a>
      </p>
    </Layout>
  );
}

/** The target named by `/candidater`'s query, or null when none (or several) is named. */
export function targetFromQuery(query: (name: string) => string | undefined): ApplyTarget | null {
  const named = (Object.keys(APPLY_PARAMETERS) as ApplyTarget["kind"][])
    .map((kind) => ({ kind, id: query(APPLY_PARAMETERS[kind])?.trim() ?? "" }))
    .filter((target) => target.id !== "");
  return named.length === 1 && (named[0]?.id.length ?? 0) <= 100 ? (named[0] as ApplyTarget) : null;
}
