import type { MiddlewareHandler } from "hono";
import type { Logger } from "../../application/shared/ports.ts";

/** A link token (43 base64url characters) as a path segment: a credential until used, never logged. */
const LINK_TOKEN_SEGMENT = /\/[A-Za-z0-9_-]{43}(?=\/|$)/g;

/** Runs `work` with `fields` added to every line logged meanwhile, however deep (src/adapters/logging). */
export type LogScope = (fields: Readonly<Record<string, unknown>>, work: () => Promise<void>) => Promise<void>;

/**
 * The request's id (hono/request-id, before this) on every line logged while it is served, and one line per
 * request: the path only (query strings may carry personal data), with any link token masked (action pages such
 * as /connexion/{token} carry one).
 */
export function requestLog(logger: Logger, logScope: LogScope): MiddlewareHandler {
  return (c, next) =>
    logScope({ requestId: c.get("requestId") }, async () => {
      const started = performance.now();
      await next();
      logger.info("request", {
        method: c.req.method,
        path: c.req.path.replace(LINK_TOKEN_SEGMENT, "/[jeton]"),
        status: c.res.status,
        durationMs: Math.round((performance.now() - started) * 10) / 10,
      });
    });
}
