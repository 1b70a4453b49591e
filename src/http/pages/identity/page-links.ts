import type { NextLink } from "../index.ts";

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
