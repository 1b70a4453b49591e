import type { Context } from "hono";
import { html } from "hono/html";
import type { JSX } from "hono/jsx/jsx-runtime";
import type { ContentfulStatusCode } from "hono/utils/http-status";

/**
 * Headers of the website's pages (search, details, forms, the recruiter space). Unlike the action pages, they may
 * load our own script modules (`script-src 'self'`, never inline) and call our JSON API from them
 * (`connect-src 'self'`). `public` pages (no personal data: search results, an offer) may be cached briefly by the
 * browser; everything else, and every page of a signed-in person, is `no-store`.
 */
const CSP =
  "default-src 'none'; style-src 'unsafe-inline'; script-src 'self'; connect-src 'self'; img-src 'self' data:; " +
  "base-uri 'none'; frame-ancestors 'none'";

type Caching = "public" | "private";

export function sitePageResponse(
  c: Context,
  status: ContentfulStatusCode,
  page: JSX.Element,
  caching: Caching = "private",
) {
  return c.html(html`<!DOCTYPE html>${page}`, status, {
    "Cache-Control": caching === "public" ? "public, max-age=60" : "no-store",
    "Referrer-Policy": "same-origin",
    "Content-Security-Policy": CSP,
  });
}

/** 303 See Other after a form POST (Post/Redirect/Get): reloading the next page never posts twice. */
export function siteRedirect(c: Context, location: string) {
  return c.body(null, 303, { "Cache-Control": "no-store", Location: location });
}
