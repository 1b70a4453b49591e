import type { PageSessionMiddleware } from "./page-session.ts";

/** What the composition root gives every context's website pages. */
export type SitePageKit = Readonly<{
  /** Mounted on /espace-pro pages: `c.var.actor`, or a redirect to the login page. */
  pageAuth: PageSessionMiddleware;
  /** Development mode: the home page links to the local mailbox page. */
  devMode: boolean;
}>;
