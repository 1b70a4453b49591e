import type { Context } from "hono";
import { html } from "hono/html";
import type { JSX } from "hono/jsx/jsx-runtime";
import type { ContentfulStatusCode } from "hono/utils/http-status";

/**
 * Headers of every action page. The token is in the URL: never cache it (`no-store`) nor leak it to another
 * site (`no-referrer`). The CSP allows the inline stylesheet and nothing else: no script, no external asset.
 * No `form-action`: browsers apply it to the 303 after a POST, which may lead to the web front's origin.
 */
const PAGE_HEADERS: Readonly<Record<string, string>> = {
  "Cache-Control": "no-store",
  "Referrer-Policy": "no-referrer",
  "X-Robots-Tag": "noindex, nofollow",
  "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; frame-ancestors 'none'",
};

/** A whole HTML document with the page headers. */
export function pageResponse(c: Context, status: ContentfulStatusCode, page: JSX.Element) {
  return c.html(html`<!DOCTYPE html>${page}`, status, PAGE_HEADERS);
}

/** 303 See Other after a POST, with the same headers: the redirect itself must not be cached either. */
export function redirectResponse(c: Context, location: string) {
  return c.body(null, 303, { ...PAGE_HEADERS, Location: location });
}
