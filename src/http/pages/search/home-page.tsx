import { Layout } from "../layout.tsx";
import { JobSearchForm } from "../site/search-form.tsx";
import type { SearchForm } from "../site/search-query.ts";
import { SITE_PATHS } from "../site/site-paths.ts";

const EMPTY: SearchForm = {
  metier: "",
  romes: "",
  lieu: "",
  insee: "",
  latitude: "",
  longitude: "",
  rayon: "30",
  niveau: "",
  contrat: "",
};

/** `/`: what the service is for, the search form, and in development mode the way to the local mailbox. */
export function HomePage({ devMode }: Readonly<{ devMode: boolean }>) {
  return (
    <Layout title="Trouvez votre alternance" indexable section="candidate" scripts={["autocomplete.js"]}>
      <h1>Trouvez votre alternance</h1>
      <p>
        Des offres d’emploi en apprentissage ou en contrat de professionnalisation, les entreprises qui recrutent sans
        avoir publié d’offre, et les formations près de chez vous. Sans compte : vous postulez directement.
      </p>
      {devMode ? (
        <div class="notice">
          <p>
            Mode développement : les e-mails envoyés par le service arrivent dans la{" "}
            <a href={SITE_PATHS.devMailbox}>boîte mail locale</a>.
          </p>
        </div>
      ) : null}
      <JobSearchForm form={EMPTY} bothTargets />
      <h2>Comment ça marche ?</h2>
      <ul>
        <li>
          Choisissez un métier et un lieu : nous vous montrons les offres, puis les entreprises susceptibles de
          recruter.
        </li>
        <li>« Postuler » envoie votre candidature et votre CV à l’entreprise, qui vous répond par e-mail.</li>
        <li>
          <a href={SITE_PATHS.ranking}>Comment sont classés les résultats</a> et ce qu’est une candidature spontanée.
        </li>
      </ul>
      <p>
        Vous recrutez, ou vous êtes un organisme de formation ? <a href={SITE_PATHS.pro}>Déposez une offre</a> en
        quelques minutes.
      </p>
    </Layout>
  );
}
