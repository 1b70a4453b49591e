import type { Context, MiddlewareHandler } from "hono";
import { getCookie } from "hono/cookie";
import type { Actor, IdentityUseCases as UseCases } from "../../../application/identity/index.ts";
import { clearSessionCookie, SESSION_COOKIE } from "../../session-cookie.ts";
import { SITE_PATHS } from "./site-paths.ts";
import { siteRedirect } from "./site-response.ts";

/** The organisation a person with several has chosen in the recruiter space (not a secret: ids only). */
export const ORGANISATION_COOKIE = "organisation";

type PageActorEnv = { Variables: { actor: Actor } };

/** Mounted on the /espace-pro pages: handlers read `c.var.actor`, as the JSON routes behind `auth` do. */
export type PageSessionMiddleware = MiddlewareHandler<PageActorEnv>;

/**
 * The recruiter space's pages: the `session` cookie resolved by the same `authenticate` use case as the API.
 * Without a valid session the person is sent to the login page, which brings them back (`suite`) once signed in;
 * an expired or revoked cookie is cleared on the way. Writes are guarded by `sameOriginForms` (src/http/app.ts).
 */
export function pageSession(authenticate: UseCases["authenticate"]): PageSessionMiddleware {
  return async (c, next) => {
    c.set("errorsAsPages", true);
    const token = getCookie(c, SESSION_COOKIE);
    if (!token) return siteRedirect(c, loginPathFor(c));
    const organisationId = getCookie(c, ORGANISATION_COOKIE) || null;
    const resolved = await authenticate({ accessToken: token, organisationId });
    if (!resolved.ok) {
      clearSessionCookie(c);
      return siteRedirect(c, loginPathFor(c));
    }
    c.set("actor", resolved.value);
    await next();
  };
}

/** `/espace-pro/connexion?suite=/espace-pro/offres` — only a GET's own path comes back (never another site). */
function loginPathFor(c: Context): string {
  const back = c.req.method === "GET" ? new URL(c.req.url).pathname : SITE_PATHS.pro;
  return `${SITE_PATHS.login}?suite=${encodeURIComponent(back)}`;
}

/** Where to go after login: a path of ours (starting with one "/"), else the console. */
export function safeReturnPath(suite: string | undefined): string {
  return suite && /^\/(?!\/)[^\s\\]*$/.test(suite) ? suite : SITE_PATHS.pro;
}
