import type { MiddlewareHandler } from "hono";
import type { Logger } from "../../application/shared/ports.ts";

/** A link token (43 base64url characters) as a path segment: a credential until used, never logged. */
const LINK_TOKEN_SEGMENT = /\/[A-Za-z0-9_-]{43}(?=\/|$)/g;

/**
 * One line per request with its id; the path only (query strings may carry personal data), with any link token
 * masked (action pages such as /connexion/{token} carry one).
 */
export function requestLog(logger: Logger): MiddlewareHandler {
  return async (c, next) => {
    const started = performance.now();
    await next();
    logger.info("request", {
      method: c.req.method,
      path: c.req.path.replace(LINK_TOKEN_SEGMENT, "/[jeton]"),
      status: c.res.status,
      durationMs: Math.round((performance.now() - started) * 10) / 10,
    });
  };
}
