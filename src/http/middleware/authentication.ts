import type { Context, MiddlewareHandler } from "hono";
import { getCookie } from "hono/cookie";
import type { Actor, IdentityUseCases as UseCases } from "../../application/identity/index.ts";
import { identityProblem } from "../identity-errors.ts";
import { asResponse } from "../problem.ts";
import { protocolProblem } from "../protocol-errors.ts";
import { SESSION_COOKIE } from "../session-cookie.ts";

/** Handlers behind `authentication` read the resolved actor with `c.var.actor` and pass it to their use case. */
type ActorEnv = { Variables: { actor: Actor } };

export type ActorMiddleware = MiddlewareHandler<ActorEnv>;

type Credentials = Readonly<{ token: string; from: "bearer" | "cookie" }>;

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Extracts the credentials (`Authorization: Bearer`, else the `session` cookie) and `X-Organisation-Id`, and lets
 * the `authenticate` use case resolve the actor; what that actor may do is decided by each use case. A write
 * authenticated by cookie must come from the web front's origin (docs/API.md), which defeats cross-site forgery.
 */
export function authentication(
  authenticate: UseCases["authenticate"],
  options: { webOrigin: string },
): ActorMiddleware {
  return async (c, next) => {
    const credentials = readCredentials(c);
    if (!credentials) return asResponse(identityProblem(c, { code: "UNAUTHENTICATED", reason: "missing" }));
    if (
      credentials.from === "cookie" &&
      !SAFE_METHODS.has(c.req.method) &&
      c.req.header("origin") !== options.webOrigin
    ) {
      return asResponse(protocolProblem(c, { code: "ORIGIN_FORBIDDEN" }));
    }
    const organisationId = c.req.header("x-organisation-id")?.trim() || null;
    const resolved = await authenticate({ accessToken: credentials.token, organisationId });
    if (!resolved.ok) return asResponse(identityProblem(c, resolved.error));
    c.set("actor", resolved.value);
    await next();
  };
}

function readCredentials(c: Context): Credentials | null {
  const header = c.req.header("authorization");
  const bearer = header?.match(/^Bearer\s+(\S+)\s*$/i)?.[1];
  if (bearer) return { token: bearer, from: "bearer" };
  const cookie = getCookie(c, SESSION_COOKIE);
  return cookie ? { token: cookie, from: "cookie" } : null;
}

/** OpenAPI: each authenticated route lists both ways of presenting the access token. */
export const AUTHENTICATED: Record<string, string[]>[] = [{ bearerAuth: [] }, { sessionCookie: [] }];
