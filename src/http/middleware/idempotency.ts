import { OpenAPIHono } from "@hono/zod-openapi";
import type { Context, MiddlewareHandler } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import type { IdempotentRequests } from "../../application/service/index.ts";
import type { IdempotentRequest, StoredAnswer } from "../../application/shared/idempotency.ts";
import { idempotencyProblem } from "../idempotency-errors.ts";
import { WRITE_METHODS } from "../methods.ts";
import { asResponse } from "../problem.ts";
import { protocolProblem } from "../protocol-errors.ts";
import { clientAddress } from "./client-address.ts";

/** RFC 9110 field-value characters a client puts in a key: visible ASCII, no space (a UUID fits). */
const KEY_PATTERN = /^[\x21-\x7E]{1,255}$/;
/** What a replay gives back besides the body; the app's own headers (request id, security) are set anew. */
const KEPT_HEADERS = new Set(["content-type", "location", "set-cookie", "retry-after", "www-authenticate"]);
const IDEMPOTENCY_KEY_HEADER = "Idempotency-Key";

/**
 * docs/API.md "Idempotency-Key": a JSON write carrying the header is answered once per key, caller and route. The
 * first answer is kept (in the database, so every instance knows it) and given again to a retry with the same
 * request, marked `Idempotent-Replayed: true`; the same key with another body is 422 IDEMPOTENCY_KEY_REUSED; while
 * the first is still being answered, 409 IDEMPOTENCY_KEY_IN_USE. Without the header nothing changes.
 */
function idempotencyKeys(
  requests: IdempotentRequests,
  options: Readonly<{ trustedProxyHops: number }>,
): MiddlewareHandler {
  return async (c, next) => {
    const key = c.req.header(IDEMPOTENCY_KEY_HEADER);
    if (key === undefined) return next();
    if (!KEY_PATTERN.test(key)) return keyMalformed(c);
    const body = await c.req.arrayBuffer().catch(() => null);
    if (body === null) return next(); // unreadable or too large: the route answers it, as without a key
    const scope = await scopeOf(c, options.trustedProxyHops);
    const request: IdempotentRequest = { scope, key, fingerprint: await fingerprintOf(c, body) };
    const claim = await requests.begin(request);
    if (claim.kind === "replay") return replay(c, claim.answer);
    if (claim.kind === "in_progress") return inUse(c);
    if (claim.kind === "mismatch") return reused(c);
    try {
      await next();
    } catch (error) {
      await requests.abandon(request);
      throw error;
    }
    await requests.finish(request, await answerOf(c.res));
  };
}

/**
 * The middleware as the first router of the list src/http/app.ts mounts (the platform's, src/composition/platform.ts):
 * Hono runs it before every route registered after it that it matches, so every `/api/*` write goes through it, after
 * the app's own middleware (request id, log, body limit) and before each route's (authentication). Mounted for the
 * write methods only, a read does not even enter it.
 */
export function idempotencyLayer(requests: IdempotentRequests, options: Readonly<{ trustedProxyHops: number }>) {
  const layer = new OpenAPIHono();
  layer.on([...WRITE_METHODS], "/api/*", idempotencyKeys(requests, options));
  return layer;
}

/**
 * The caller, as its credentials name it (a session's bearer token or cookie, a partner key: hashed, never kept
 * in clear), else its address; with the route, so one key serves one write.
 */
async function scopeOf(c: Context, trustedProxyHops: number): Promise<string> {
  const credential = c.req.header("authorization") ?? cookieOf(c, "session") ?? c.req.header("x-api-key") ?? null;
  // Without credentials nor address (an in-process request): the key alone, as one caller.
  const caller = credential ? `credential:${credential}` : `address:${clientAddress(c, trustedProxyHops) ?? ""}`;
  return `${await sha256(caller)} ${c.req.method} ${c.req.path}`;
}

function cookieOf(c: Context, name: string): string | undefined {
  const header = c.req.header("cookie") ?? "";
  return header
    .split(";")
    .map((part) => part.trim())
    .find((part) => part.startsWith(`${name}=`));
}

async function fingerprintOf(c: Context, body: ArrayBuffer): Promise<string> {
  const url = new URL(c.req.url);
  const head = new TextEncoder().encode(
    `${c.req.method} ${url.pathname}${url.search}\n${c.req.header("content-type") ?? ""}\n`,
  );
  const bytes = new Uint8Array(head.length + body.byteLength);
  bytes.set(head);
  bytes.set(new Uint8Array(body), head.length);
  return hex(await crypto.subtle.digest("SHA-256", bytes));
}

async function answerOf(response: Response): Promise<StoredAnswer> {
  const headers: [string, string][] = [];
  response.headers.forEach((value, name) => {
    if (KEPT_HEADERS.has(name) && name !== "set-cookie") headers.push([name, value]);
  });
  for (const cookie of response.headers.getSetCookie()) headers.push(["set-cookie", cookie]);
  return { status: response.status, headers, body: await response.clone().text() };
}

/** Through `c.body`, so that the headers set before the route (CORS's `Vary`) are on the replay too. */
function replay(c: Context, answer: StoredAnswer): Response {
  const headers: Record<string, string[]> = { "Idempotent-Replayed": ["true"] };
  for (const [name, value] of answer.headers) headers[name] = [...(headers[name] ?? []), value];
  if (answer.status === 204 || answer.status === 304) return c.body(null, answer.status, headers);
  return c.body(answer.body, answer.status as ContentfulStatusCode, headers);
}

function keyMalformed(c: Context): Response {
  const message = "La clé Idempotency-Key doit compter de 1 à 255 caractères visibles, sans espace (un UUID convient).";
  const errors = [{ path: IDEMPOTENCY_KEY_HEADER, message }];
  return asResponse(protocolProblem(c, { code: "VALIDATION_FAILED", errors }));
}

const inUse = (c: Context) => asResponse(idempotencyProblem(c, { code: "IDEMPOTENCY_KEY_IN_USE" }));
const reused = (c: Context) => asResponse(idempotencyProblem(c, { code: "IDEMPOTENCY_KEY_REUSED" }));

async function sha256(text: string): Promise<string> {
  return hex(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text)));
}

function hex(digest: ArrayBuffer): string {
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, "0")).join("");
}
