import { Layout } from "../../layout.tsx";
import { CONSOLE_PATHS } from "./console-page.tsx";

/** An offer that is not (or no longer) this organisation's, or an action it refused: nothing was done. */
export function OfferGonePage({ organisationName, message }: Readonly<{ organisationName: string; message?: string }>) {
  const title = message ? "Action impossible" : "Offre introuvable";
  return (
    <Layout title={title} section="pro" account={{ displayName: organisationName }}>
      <h1>{title}</h1>
      <p role="alert">
        {message ?? "Cette offre n’existe pas ou n’appartient pas à votre établissement."} Rien n’a été modifié.
      </p>
      <p>
        <a href={CONSOLE_PATHS.home}>Revenir à mes offres</a>
      </p>
    </Layout>
  );
}

/** A signed-in person who belongs to no active organisation (a support administrator, a member removed). */
export function NoOrganisationPage({ email }: Readonly<{ email: string }>) {
  return (
    <Layout title="Aucun établissement" section="pro" account={{ displayName: email }}>
      <h1>Aucun établissement</h1>
      <p>Votre compte ({email}) n’est rattaché à aucun établissement actif : vous ne pouvez pas publier d’offre.</p>
      <p>
        <a href="/espace-pro/inscription">Inscrire un établissement</a>
      </p>
    </Layout>
  );
}
