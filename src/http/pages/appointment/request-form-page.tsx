import type { AppointmentPreview } from "../../../application/appointment/index.ts";
import { REASON_LABELS } from "../../../domain/appointment/labels.ts";
import { APPLICANT_TYPES, APPOINTMENT_REASONS, REQUEST_LIMITS } from "../../../domain/appointment/request.ts";
import { Layout } from "../layout.tsx";
import { Checkboxes, ErrorSummary, type FieldErrors, Radios, TextArea } from "../site/form-controls.tsx";
import { PersonFields } from "../site/person-fields.tsx";
import { appointmentHref, SITE_PATHS, trainingHref } from "../site/site-paths.ts";

export type RequestValues = Readonly<{
  applicantType?: string;
  firstName?: string;
  lastName?: string;
  email?: string;
  phone?: string;
  reasons?: readonly string[];
  message?: string;
}>;

const APPLICANT_CHOICES: Readonly<Record<(typeof APPLICANT_TYPES)[number], string>> = {
  student: "Je suis le candidat ou la candidate",
  parent: "Je suis le parent d’un candidat ou d’une candidate",
};

type FormProps = Readonly<{
  trainingId: string;
  preview: AppointmentPreview;
  values?: RequestValues;
  errors?: FieldErrors;
}>;

/**
 * `/formations/{id}/rendez-vous`: the appointment request (FAQ "Comment fonctionne la prise de rendez-vous"): who
 * asks, how to be reached, what about; the centre receives it by email and answers the candidate directly.
 */
export function RequestFormPage({ trainingId, preview, values = {}, errors = {} }: FormProps) {
  return (
    <Layout title={`Prendre rendez-vous : ${preview.trainingTitle}`} section="candidate">
      <p>
        <a href={trainingHref(trainingId)}>Retour à la formation</a>
      </p>
      <h1>Prendre rendez-vous</h1>
      <div class="card">
        <p>
          <strong>{preview.trainingTitle}</strong>
        </p>
        <p>{[preview.establishmentName, preview.city].filter(Boolean).join(", ")}</p>
      </div>
      <p>
        Le centre de formation reçoit votre demande par e-mail et vous recontacte pour répondre à vos questions. Vous
        recevez une copie de votre demande avec ses coordonnées.
      </p>
      <ErrorSummary errors={errors} />
      <form method="post" action={`${appointmentHref(trainingId)}#erreurs`} novalidate>
        <p class="hint">Tous les champs sont obligatoires, sauf mention contraire.</p>
        <Radios
          name="applicantType"
          legend="Vous êtes"
          options={APPLICANT_TYPES.map((type) => ({ value: type, label: APPLICANT_CHOICES[type] }))}
          value={values.applicantType ?? "student"}
          errors={errors}
          required
        />
        <PersonFields values={values} errors={errors} phoneRequired />
        <Checkboxes
          name="reasons"
          legend="Vos questions"
          hint="Cochez au moins un sujet."
          options={APPOINTMENT_REASONS.map((reason) => ({ value: reason, label: REASON_LABELS[reason] }))}
          values={values.reasons}
          errors={errors}
        />
        <TextArea
          name="message"
          label="Votre message (facultatif)"
          hint={`${REQUEST_LIMITS.messageMax.toLocaleString("fr-FR")} caractères au plus.`}
          value={values.message}
          errors={errors}
          maxlength={REQUEST_LIMITS.messageMax}
        />
        <button type="submit">Envoyer ma demande</button>
      </form>
    </Layout>
  );
}

/** After the 303: the request left, and what happens next. */
export function RequestSentPage({ trainingId }: Readonly<{ trainingId: string }>) {
  return (
    <Layout title="Demande envoyée" section="candidate">
      <div class="success" role="status">
        <h1>Demande envoyée</h1>
        <p>Le centre de formation a reçu votre demande de rendez-vous.</p>
      </div>
      <p>
        Vous allez recevoir par e-mail une copie de votre demande avec les coordonnées du centre. Il vous recontactera
        directement, le plus souvent sous quelques jours.
      </p>
      <p>
        <a href={trainingHref(trainingId)}>Revenir à la formation</a>
      </p>
      <p>
        <a href={SITE_PATHS.home}>Faire une nouvelle recherche</a>
      </p>
    </Layout>
  );
}
