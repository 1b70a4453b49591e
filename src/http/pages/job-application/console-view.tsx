import {
  type ConsoleApplication,
  type Intention,
  NOTES_MAX_LENGTH,
  PIPELINE_STATUSES,
} from "../../../application/job-application/index.ts";
import { frenchDate } from "../../../domain/shared/french-date.ts";
import { frenchPhone } from "../../../domain/shared/french-phone.ts";
import { frenchCount } from "../../../domain/shared/french-plural.ts";
import { Layout } from "../layout.tsx";
import { type FieldErrors, Select, SuccessNotice, TextArea } from "../site/form-controls.tsx";
import { applicationsHref, SITE_PATHS } from "../site/site-paths.ts";

export const CONSOLE_APPLICATION_PATHS = {
  list: applicationsHref,
  one: (offerId: string, applicationId: string) =>
    `/espace-pro/offres/${encodeURIComponent(offerId)}/candidatures/${encodeURIComponent(applicationId)}`,
} as const;

const STATUS_LABELS: Readonly<Record<(typeof PIPELINE_STATUSES)[number], string>> = {
  new: "Nouvelle",
  seen: "Vue",
  interview: "Entretien",
  hired: "Recrutée",
  refused: "Refusée",
};

const ANSWER_LABELS: Readonly<Record<Intention, string>> = {
  interview: "vous avez proposé un entretien",
  later: "vous avez répondu que vous reviendrez vers le candidat",
  refuse: "vous avez répondu que vous ne donnez pas suite",
};

const SIZE = new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 1 });

type PageProps = Readonly<{
  organisationName: string;
  offerId: string;
  items: readonly ConsoleApplication[];
  total: number;
  saved?: string;
  /** The application whose form was refused, with its message. */
  refused?: Readonly<{ applicationId: string; errors: FieldErrors }>;
}>;

/**
 * `/espace-pro/offres/{id}/candidatures`: the applications of one offer, newest first, each with the candidate's
 * contact, message, CV (a signed link valid a few minutes), the answer given from the email, and its status and
 * private notes, saved by its own form.
 */
export function ApplicationsPage({ organisationName, offerId, items, total, saved, refused }: PageProps) {
  const title = items[0]?.application.snapshot.title;
  return (
    <Layout title="Candidatures reçues" section="pro" account={{ displayName: organisationName }}>
      <p>
        <a href={SITE_PATHS.pro}>Retour à mes offres</a>
      </p>
      <h1>Candidatures reçues</h1>
      {title ? <p>{title}</p> : null}
      {saved ? (
        <SuccessNotice>
          <p>La candidature est mise à jour.</p>
        </SuccessNotice>
      ) : null}
      <p>{frenchCount(total, "candidature")}</p>
      {items.length === 0 ? (
        <p>Aucune candidature pour l’instant : elles arrivent aussi dans votre boîte mail, avec le CV.</p>
      ) : (
        <ul class="results">
          {items.map((item) => (
            <ApplicationCard
              offerId={offerId}
              item={item}
              errors={refused?.applicationId === item.application.id ? refused.errors : {}}
            />
          ))}
        </ul>
      )}
    </Layout>
  );
}

function ApplicationCard({
  offerId,
  item,
  errors,
}: Readonly<{ offerId: string; item: ConsoleApplication; errors: FieldErrors }>) {
  const { application, cvLink } = item;
  const { candidate, answer, cv } = application;
  const name = `${candidate.firstName} ${candidate.lastName}`;
  const id = application.id;
  const errorText = errors[""];
  return (
    <li class="card" id={`candidature-${id}`}>
      <h2>{name}</h2>
      <p class="meta">Reçue le {frenchDate(application.createdAt)}</p>
      <p>
        <a href={`mailto:${candidate.email}`}>{candidate.email}</a>
        {candidate.phone ? (
          <>
            {" · "}
            <a href={`tel:${candidate.phone}`}>{frenchPhone(candidate.phone)}</a>
          </>
        ) : null}
      </p>
      {application.message ? <p>{application.message}</p> : null}
      {cv && cvLink ? (
        <p>
          <a href={`/api/v1/cv-downloads/${encodeURIComponent(cvLink.token)}`} download={cv.filename}>
            Télécharger le CV<span class="visually-hidden"> de {name}</span> ({cv.filename},{" "}
            {SIZE.format(cv.size / 1024)} Ko)
          </a>
        </p>
      ) : (
        <p class="meta">
          {application.delivery.state === "awaiting_scan"
            ? "CV en cours d’analyse par l’antivirus."
            : "CV indisponible : les CV sont supprimés 90 jours après l’envoi."}
        </p>
      )}
      {answer ? (
        <p class="meta">
          Le {frenchDate(answer.answeredAt)}, {ANSWER_LABELS[answer.intention]}.
        </p>
      ) : null}
      <form method="post" action={`${CONSOLE_APPLICATION_PATHS.one(offerId, id)}#candidature-${id}`}>
        {errorText ? (
          <div class="alert" role="alert">
            <p>{errorText}</p>
          </div>
        ) : null}
        <Select
          name={`statut-${id}`}
          label={`Statut de la candidature de ${name}`}
          value={application.status}
          options={PIPELINE_STATUSES.map((status) => ({ value: status, label: STATUS_LABELS[status] }))}
          errors={errors}
        />
        <TextArea
          name={`notes-${id}`}
          label="Notes (visibles de votre équipe seulement)"
          value={application.notes ?? ""}
          errors={errors}
          rows={3}
          maxlength={NOTES_MAX_LENGTH}
        />
        <button type="submit">
          Enregistrer<span class="visually-hidden"> : candidature de {name}</span>
        </button>
      </form>
    </li>
  );
}
