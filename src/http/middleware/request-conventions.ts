import type { MiddlewareHandler } from "hono";
import type { Logger } from "../../application/shared/ports.ts";

declare module "hono" {
  interface ContextVariableMap {
    /** This request's id (requestConventions), as on its answer and its log lines. */
    requestId: string;
  }
}

/** Runs `work` with `fields` added to every line logged meanwhile, however deep (src/adapters/logging). */
export type LogScope = (fields: Readonly<Record<string, unknown>>, work: () => Promise<void>) => Promise<void>;

/** The same-origin policy of every answer; a handler's own value wins (pages set a stricter CSP, for one). */
export type SecurityHeaders = Readonly<Record<string, string>>;

type Conventions = Readonly<{
  logger: Logger;
  logScope: LogScope;
  securityHeaders: SecurityHeaders;
}>;

const REQUEST_ID_HEADER = "X-Request-Id";
/** A caller's own request id is kept when it is short and plain (the characters hono/request-id accepts). */
const ACCEPTABLE_REQUEST_ID = /^[\w=-]{1,255}$/;
/** A link token (43 base64url characters) as a path segment: a credential until used, never logged. */
const LINK_TOKEN_SEGMENT = /\/[A-Za-z0-9_-]{43}(?=\/|$)/g;

/**
 * What every answer carries, in one middleware: Hono runs each middleware in an async frame of its own, and the jobs
 * search paid for four of them. The request's id (the caller's `X-Request-Id` when acceptable, else a new UUID)
 * is on the answer and on every line logged while it is served; the security headers a handler did not set
 * itself; and one log line per request: the path only (query strings may carry personal
 * data), with any link token masked (action pages such as /connexion/{token} carry one).
 */
export function requestConventions(conventions: Conventions): MiddlewareHandler {
  const { logger, logScope, securityHeaders } = conventions;
  const security = Object.entries(securityHeaders);
  return (c, next) => {
    const incoming = c.req.header(REQUEST_ID_HEADER);
    const requestId = incoming && ACCEPTABLE_REQUEST_ID.test(incoming) ? incoming : crypto.randomUUID();
    c.set("requestId", requestId);
    return logScope({ requestId }, async () => {
      const started = performance.now();
      await next();
      const headers = c.res.headers;
      headers.set(REQUEST_ID_HEADER, requestId);
      for (const [name, value] of security) if (!headers.has(name)) headers.set(name, value);
      logger.info("request", {
        method: c.req.method,
        path: c.req.path.replace(LINK_TOKEN_SEGMENT, "/[jeton]"),
        status: c.res.status,
        durationMs: Math.round((performance.now() - started) * 10) / 10,
      });
    });
  };
}
