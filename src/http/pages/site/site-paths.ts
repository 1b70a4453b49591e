/**
 * The addresses the site's shared frame links to (header, footer, login redirects). Each page's own path lives
 * with its context's pages; these are the few every page needs to know.
 */
export const SITE_PATHS = {
  home: "/",
  /** The recruiter and CFA space: the console once signed in, else the way in (sign-up or login). */
  pro: "/espace-pro",
  login: "/espace-pro/connexion",
  logout: "/espace-pro/deconnexion",
  ranking: "/comment-sont-classes-les-resultats",
  apiDocs: "/docs",
  assets: "/assets",
  devMailbox: "/dev/boite-mail",
} as const;
