import { Layout } from "../layout.tsx";
import { SITE_PATHS } from "../site/site-paths.ts";

/** How results are ordered and what a spontaneous application is, from the FAQ, in our words. */
export function RankingPage() {
  return (
    <Layout title="Comment sont classés les résultats" indexable section="about">
      <h1>Comment sont classés les résultats</h1>
      <h2>Les offres d’emploi</h2>
      <p>Pour un métier et un lieu, les résultats arrivent toujours dans cet ordre :</p>
      <ol>
        <li>
          les offres déposées directement sur La bonne alternance par les entreprises et les organismes de formation, de
          la plus proche à la plus lointaine ;
        </li>
        <li>
          les offres publiées par France Travail, de la plus proche à la plus lointaine, puis de la plus récente ;
        </li>
        <li>
          les entreprises qui n’ont pas publié d’offre mais qui recrutent souvent des alternants pour ce métier : vous
          pouvez leur adresser une candidature spontanée. Elles aussi sont classées par distance.
        </li>
      </ol>
      <p>
        La distance se mesure à vol d’oiseau depuis le lieu choisi. Les filtres (niveau de diplôme, type de contrat)
        gardent aussi les offres qui ne précisent rien sur ce point.
      </p>
      <h2>Qu’est-ce qu’une candidature spontanée ?</h2>
      <p>
        C’est une candidature envoyée à une entreprise qui n’a pas publié d’offre. Nous repérons ces entreprises à
        partir des embauches en alternance des années passées : celles qui recrutent régulièrement dans votre métier,
        près de chez vous, sont les plus susceptibles de vous répondre. Quand nous connaissons leur adresse e-mail, le
        bouton « Postuler » leur transmet votre message et votre CV ; sinon nous affichons leur téléphone ou leur site.
      </p>
      <p>
        Une entreprise qui ne souhaite plus apparaître peut demander son déréférencement : un lien de confirmation est
        envoyé à son adresse connue, et elle ne revient plus dans la liste, même lors des mises à jour suivantes.
      </p>
      <h2>Les formations</h2>
      <p>
        Les formations en apprentissage viennent du catalogue des Carif-Oref. Elles sont classées de la plus proche à la
        plus lointaine, puis par intitulé.
      </p>
      <p>
        <a href={SITE_PATHS.home}>Faire une recherche</a>
      </p>
    </Layout>
  );
}
