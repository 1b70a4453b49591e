import type { NextLink, ResultView } from "../index.ts";

/** Where the identity pages send people next: the web front (WEB_ORIGIN), never our JSON routes. */
export type IdentityPageLinks = Readonly<{ space: NextLink; askAgain: NextLink; home: NextLink }>;

export function identityPageLinks(webOrigin: string): IdentityPageLinks {
  const home = `${webOrigin}/`;
  return {
    space: { label: "Accéder à mon espace", href: home },
    askAgain: { label: "Demander un nouveau lien de connexion", href: home },
    home: { label: "Revenir à l’accueil de La bonne alternance", href: home },
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
