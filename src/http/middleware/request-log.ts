import type { MiddlewareHandler } from "hono";
import type { Logger } from "../../application/shared/ports.ts";

/** One line per request with its id; the path only (query strings may carry personal data). */
export function requestLog(logger: Logger): MiddlewareHandler {
  return async (c, next) => {
    const started = performance.now();
    await next();
    logger.info("request", {
      method: c.req.method,
      path: c.req.path,
      status: c.res.status,
      durationMs: Math.round((performance.now() - started) * 10) / 10,
    });
  };
}
