import type { NextLink, ResultView } from "../index.ts";
import { SITE_PATHS } from "../site/site-paths.ts";

/**
 * Where the identity pages send people next: the website's pages, served by this service on its own origin
 * (WEB_ORIGIN only names the origin allowed to call the JSON API with the session cookie).
 */
export type IdentityPageLinks = Readonly<{ space: NextLink; askAgain: NextLink; home: NextLink }>;

export function identityPageLinks(): IdentityPageLinks {
  return {
    space: { label: "Accéder à mon espace", href: SITE_PATHS.pro },
    askAgain: { label: "Demander un nouveau lien de connexion", href: SITE_PATHS.login },
    home: { label: "Revenir à l’accueil de La bonne alternance", href: SITE_PATHS.home },
  };
}

/** The answer of an invitation or a join request whose organisation has stopped meanwhile. */
export function organisationStoppedPage(what: "L’invitation" | "La demande", links: IdentityPageLinks): ResultView {
  const noun = what === "L’invitation" ? "Invitation" : "Demande";
  return {
    kind: "page",
    title: `${noun} sans effet`,
    message: [
      `Cet établissement n’est plus actif sur La bonne alternance : ${what.toLowerCase()} ne peut plus être acceptée.`,
    ],
    next: links.home,
  };
}
