import type { SitePageKit } from "../http/pages/site/site-kit.ts";
import type { HttpKit } from "./context-module.ts";

/** The part of the HTTP kit the website's pages use. */
export function sitePages(http: HttpKit): SitePageKit {
  return { pageAuth: http.pageAuth, devMode: http.config.mode === "development" };
}
