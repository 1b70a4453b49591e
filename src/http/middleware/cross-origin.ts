import type { MiddlewareHandler } from "hono";
import { cors } from "hono/cors";

/**
 * CORS for the browser clients of `origins` (docs/API.md "Conventions"), applied only to cross-origin requests:
 * a request without `Origin` (a partner's server, curl) has nothing to negotiate. Hono's cors middleware sets its
 * headers before the route answers, which makes the answer be rebuilt (and its body re-streamed) afterwards; the
 * jobs search paid a tenth of its server time for it. Every answer still says that it varies with `Origin`.
 */
export function crossOrigin(origins: readonly string[]): MiddlewareHandler {
  const negotiate = cors({ origin: [...origins], credentials: true, maxAge: 600 });
  return async (c, next) => {
    if (c.req.header("origin") !== undefined) return negotiate(c, next);
    await next();
    c.res.headers.append("Vary", "Origin");
  };
}
