import type { MiddlewareHandler } from "hono";
import { cors } from "hono/cors";

/**
 * CORS for the browser clients of `origins` (docs/API.md "Conventions"), applied only to cross-origin requests:
 * a request without `Origin` (a partner's server, curl) has nothing to negotiate. Hono's cors middleware sets its
 * headers before the route answers, which makes the answer be rebuilt (and its body re-streamed) afterwards; the
 * jobs search paid a tenth of its server time for it. Every other answer says that it varies with `Origin` too: a
 * header set before the route, which the answer the route builds (`c.json`, `c.body`) takes up as it is made, so
 * that this middleware needs no async frame of its own.
 */
export function crossOrigin(origins: readonly string[]): MiddlewareHandler {
  const negotiate = cors({ origin: [...origins], credentials: true, maxAge: 600 });
  return (c, next) => {
    if (c.req.header("origin") !== undefined) return negotiate(c, next);
    c.header("Vary", "Origin", { append: true });
    return next();
  };
}
