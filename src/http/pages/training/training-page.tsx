import { OpenAPIHono, z } from "@hono/zod-openapi";
import {
  TRAINING_FIELD_SOURCES,
  type TrainingDetail,
  type TrainingUseCases,
  websiteOf,
} from "../../../application/training/index.ts";
import { frenchDate } from "../../../domain/shared/french-date.ts";
import { frenchPhone } from "../../../domain/shared/french-phone.ts";
import { errorsAsPages } from "../html-errors.ts";
import { Layout } from "../layout.tsx";
import { diplomaLevelText } from "../site/french-labels.ts";
import { MessagePage } from "../site/message-page.tsx";
import type { SitePageKit } from "../site/site-kit.ts";
import { appointmentHref } from "../site/site-paths.ts";
import { sitePageResponse } from "../site/site-response.ts";

/** Our website is the "lba" platform of the appointment service. */
const PLATFORM = "lba";

/** Who each source is, for the "Sources" section (docs/PRODUCT.md §4). */
const SOURCE_NAMES: Readonly<Record<string, string>> = {
  BCN: "la Base centrale des nomenclatures (BCN) de l’Éducation nationale",
  INSEE: "le répertoire Sirene de l’INSEE",
  "Carif-Oref": "le catalogue des formations en apprentissage du Réseau des Carif-Oref",
};

const FIELD_NAMES: Readonly<Record<keyof typeof TRAINING_FIELD_SOURCES, string>> = {
  title: "Intitulé",
  diplomaLevel: "Niveau",
  establishmentName: "Nom de l’établissement",
  address: "Adresse",
  phone: "Téléphone",
  website: "Site internet",
  objectives: "Objectifs",
  sessions: "Sessions",
};

/**
 * `/formations/{id}`: a listed training as a candidate reads it, each field's source named, and "Prendre
 * rendez-vous" only when the appointment service is on for it on our site and someone can answer. A training no
 * longer listed is a 404 page.
 */
export function trainingPageRoutes(useCases: Pick<TrainingUseCases, "getTraining">, _kit: SitePageKit) {
  const app = new OpenAPIHono();
  app.get("/formations/:id", errorsAsPages, async (c) => {
    const found = await useCases.getTraining({ id: c.req.param("id"), platform: PLATFORM });
    if (!found.ok)
      return sitePageResponse(
        c,
        404,
        <MessagePage
          title="Formation introuvable"
          section="candidate"
          lines={[
            "Cette formation n’est plus au catalogue des formations en apprentissage, ou l’adresse est incomplète.",
          ]}
        />,
      );
    return sitePageResponse(c, 200, <TrainingPage detail={found.value} />, "public");
  });
  app.openAPIRegistry.registerPath({
    method: "get",
    path: "/formations/{id}",
    tags: ["Pages (HTML)"],
    summary: "Une formation en apprentissage : l’établissement, les sessions, les sources, la prise de rendez-vous",
    request: { params: z.object({ id: z.string() }) },
    responses: {
      200: { description: "La formation", content: { "text/html": { schema: z.string() } } },
      404: {
        description: "Formation inconnue ou retirée du catalogue",
        content: { "text/html": { schema: z.string() } },
      },
    },
  });
  return app;
}

function TrainingPage({ detail }: Readonly<{ detail: TrainingDetail }>) {
  const { training, appointment } = detail;
  const { street, postcode, city } = training.place ?? training.formateur.address;
  const address = [street, [postcode, city].filter(Boolean).join(" ")].filter(Boolean).join(", ");
  const website = websiteOf(training);
  return (
    <Layout title={training.title} section="candidate" indexable>
      <span class="badge badge-training">Formation</span>
      <h1>{training.title}</h1>
      <p>{training.formateur.legalName}</p>
      {appointment.available ? (
        <p>
          <a class="button" href={appointmentHref(training.id)}>
            Prendre rendez-vous
          </a>
        </p>
      ) : null}
      <dl>
        <dt>Niveau</dt>
        <dd>{diplomaLevelText(training.diplomaLevel)}</dd>
        <dt>Lieu de la formation</dt>
        <dd>{address || "Non précisé"}</dd>
        {training.phone ? (
          <>
            <dt>Téléphone</dt>
            <dd>
              <a href={`tel:${training.phone}`}>{frenchPhone(training.phone)}</a>
            </dd>
          </>
        ) : null}
        {website ? (
          <>
            <dt>Site internet</dt>
            <dd>
              <a href={website} rel="noopener">
                {website}
              </a>
            </dd>
          </>
        ) : null}
        {training.rncp ? (
          <>
            <dt>Fiche RNCP</dt>
            <dd>{training.rncp}</dd>
          </>
        ) : null}
        {training.gestionnaire.siret !== training.formateur.siret ? (
          <>
            <dt>Organisme responsable</dt>
            <dd>{training.gestionnaire.legalName}</dd>
          </>
        ) : null}
      </dl>
      {training.objectives ? (
        <>
          <h2>Objectifs</h2>
          {training.objectives
            .split(/\n+/)
            .map((line) => line.trim())
            .filter(Boolean)
            .map((line) => (
              <p>{line}</p>
            ))}
        </>
      ) : null}
      <h2>Sessions</h2>
      {training.sessions.length === 0 ? (
        <p>Le catalogue ne donne pas encore de date de rentrée : renseignez-vous auprès de l’établissement.</p>
      ) : (
        <ul>
          {training.sessions.map((session) => (
            <li>
              {session.end
                ? `Du ${frenchDate(session.start)} au ${frenchDate(session.end)}`
                : `À partir du ${frenchDate(session.start)}`}
            </li>
          ))}
        </ul>
      )}
      {appointment.available ? null : (
        <p>
          Cet établissement ne reçoit pas encore de demandes de rendez-vous par La bonne alternance : contactez-le par
          téléphone ou sur son site.
        </p>
      )}
      <h2>Sources</h2>
      <p>Ces informations viennent des référentiels publics, sans retouche de notre part :</p>
      <ul>
        {Object.entries(TRAINING_FIELD_SOURCES).map(([field, source]) => (
          <li>
            {FIELD_NAMES[field as keyof typeof TRAINING_FIELD_SOURCES]} : {SOURCE_NAMES[source] ?? source}
          </li>
        ))}
      </ul>
      <p class="meta">Mise à jour le {frenchDate(training.updatedAt)}.</p>
    </Layout>
  );
}
