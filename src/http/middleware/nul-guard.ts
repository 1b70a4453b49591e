import type { Context, MiddlewareHandler, Next } from "hono";
import { asResponse } from "../problem.ts";
import { protocolProblem } from "../protocol-errors.ts";

/** The media types Hono's JSON validator parses (hono/validator). */
const JSON_MEDIA_TYPE = /^application\/([\w.-]+\+)?json$/i;
const ENCODED_NUL = /%00/i;
const NUL = "\u0000";

const NUL_MESSAGE = "Le caractère nul (U+0000) n'est accepté dans aucun champ.";

/**
 * PostgreSQL text cannot hold a NUL byte: a query carrying one fails. Refused here, for every route present and
 * future, before any schema or use case runs (docs/adr/0014): in the URL (path parameters and query string, `%00`
 * once decoded), in header values (the `session` cookie is percent-decoded) and in any string or key of a JSON
 * body. Form bodies are the action pages' (src/http/pages/action-page-routes.tsx reads them).
 */
export function refuseNulBytes(): MiddlewareHandler {
  // Not an async function itself: a request without a JSON body (every search) goes on without one more promise.
  return (c, next) => {
    if (ENCODED_NUL.test(c.req.url) || c.req.url.includes(NUL)) return Promise.resolve(refuse(c, ""));
    for (const [name, value] of c.req.raw.headers) {
      if (value.includes(NUL) || (name === "cookie" && ENCODED_NUL.test(value)))
        return Promise.resolve(refuse(c, name));
    }
    const mediaType = c.req.header("content-type")?.split(";")[0]?.trim() ?? "";
    return JSON_MEDIA_TYPE.test(mediaType) ? refuseNulInJson(c, next) : next();
  };
}

async function refuseNulInJson(c: Context, next: Next) {
  const paths = nulPaths(parsed(await c.req.text()));
  if (paths.length > 0) return refuse(c, ...paths);
  await next();
}

function refuse(c: Context, ...paths: string[]) {
  const errors = paths.map((path) => ({ path, message: NUL_MESSAGE }));
  return asResponse(protocolProblem(c, { code: "VALIDATION_FAILED", errors }));
}

/** Unreadable JSON is left to the route's validator, which answers 400 VALIDATION_FAILED itself. */
function parsed(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** The path (`a.b.0`, as in VALIDATION_FAILED) of every string or key holding a NUL. */
function nulPaths(value: unknown, path: readonly string[] = []): string[] {
  if (typeof value === "string") return value.includes(NUL) ? [path.join(".")] : [];
  if (Array.isArray(value)) return value.flatMap((item, index) => nulPaths(item, [...path, String(index)]));
  if (value === null || typeof value !== "object") return [];
  return Object.entries(value).flatMap(([key, item]) =>
    key.includes(NUL) ? [[...path, key.replaceAll(NUL, "\\u0000")].join(".")] : nulPaths(item, [...path, key]),
  );
}
