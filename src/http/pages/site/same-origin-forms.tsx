import type { Context, MiddlewareHandler } from "hono";
import { Layout } from "../layout.tsx";
import { sitePageResponse } from "./site-response.ts";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Cross-site request forgery guard for every form POST of the pages (the JSON API has its own: a cookie-
 * authenticated write must come from WEB_ORIGIN, src/http/middleware/authentication.ts). A browser says where a
 * form comes from: `Sec-Fetch-Site` (all current browsers), else `Origin` (sent on every POST). A request is
 * refused when it says another site (or `Origin: null`); one carrying neither comes from no browser (curl, a test), so no
 * victim's cookie can ride on it. hono/csrf refuses those too and answers in English, hence these few lines.
 * The session cookie is also SameSite=Lax, so a cross-site POST never carries it anyway.
 */
export function sameOriginForms(allowedOrigins: readonly string[]): MiddlewareHandler {
  return async (c, next) => {
    if (SAFE_METHODS.has(c.req.method) || c.req.path.startsWith("/api/")) return next();
    const fetchSite = c.req.header("sec-fetch-site");
    const origin = c.req.header("origin");
    // Sec-Fetch-Site decides when the browser sends it: a page with `Referrer-Policy: no-referrer` (the action
    // pages) makes the browser send `Origin: null` even for its own forms.
    const allowed =
      fetchSite !== undefined ? fetchSite === "same-origin" : origin === undefined || isOurs(c, origin, allowedOrigins);
    if (!allowed) return refused(c);
    return next();
  };
}

function isOurs(c: Context, origin: string, allowed: readonly string[]): boolean {
  return origin === new URL(c.req.url).origin || allowed.includes(origin);
}

function refused(c: Context) {
  const title = "Formulaire refusé";
  return sitePageResponse(
    c,
    403,
    <Layout title={title}>
      <h1>{title}</h1>
      <p role="alert">
        Ce formulaire a été envoyé depuis un autre site que La bonne alternance : par sécurité, rien n’a été fait.
      </p>
      <p>
        Rouvrez la page sur <a href="/">La bonne alternance</a> et recommencez.
      </p>
    </Layout>,
  );
}
