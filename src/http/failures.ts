import { HTTPException } from "hono/http-exception";
import type { DatabaseFailureDescriber } from "../application/service/index.ts";
import { type LogFields, type Logger, UpstreamUnavailable } from "../application/shared/ports.ts";
import type { ProtocolRefusal } from "./protocol-errors.ts";

/** docs/API.md "Error codes": a database outage is usually over within seconds (a restart, a failover). */
const DATABASE_RETRY_AFTER_SECONDS = 10;

/** What reached `onError`, as a refusal to answer and what to log of it (nothing for a client's mistake). */
export type Failure = Readonly<{
  refusal: ProtocolRefusal;
  log: Readonly<{ level: "warn" | "error"; message: string; fields: LogFields }> | null;
}>;

/**
 * The one classification of anything thrown while answering, shared by the JSON routes (problem+json) and the
 * pages (a French HTML page) so they agree on every status (docs/adr/0014):
 * - Hono's own refusals of the request (unreadable JSON 400, a media type the route does not take 415) are the
 *   client's mistakes, answered without a log line beyond the request's;
 * - an upstream or database outage is a 503 the client may retry;
 * - anything else is a bug: 500, logged with its stack frames but never its message's SQL or parameters.
 */
export function classifyFailure(error: unknown, describeDatabaseFailure: DatabaseFailureDescriber): Failure {
  if (error instanceof HTTPException && (error.status === 400 || error.status === 415)) {
    return { refusal: requestRefusal(error), log: null };
  }
  if (error instanceof UpstreamUnavailable) {
    const fields = { upstream: error.upstream, error: error.message };
    return {
      refusal: { code: "UPSTREAM_UNAVAILABLE" },
      log: { level: "warn", message: "upstream unavailable", fields },
    };
  }
  const database = describeDatabaseFailure(error);
  if (database?.unavailable) {
    return {
      refusal: { code: "DATABASE_UNAVAILABLE", retryAfterSeconds: DATABASE_RETRY_AFTER_SECONDS },
      log: { level: "warn", message: "database unavailable", fields: { database } },
    };
  }
  const fields = database ? { database } : { error: errorMessage(error), name: errorName(error), stack: frames(error) };
  return { refusal: { code: "INTERNAL_ERROR" }, log: { level: "error", message: "unhandled error", fields } };
}

export function logFailure(logger: Logger, failure: Failure, requestId: string | undefined): void {
  if (failure.log) logger[failure.log.level](failure.log.message, { requestId, ...failure.log.fields });
}

/** Hono's JSON parser (400) and @hono/zod-openapi's media-type gate (415), docs/API.md "Conventions". */
function requestRefusal(error: HTTPException): ProtocolRefusal {
  if (error.status === 415) return { code: "UNSUPPORTED_MEDIA_TYPE" };
  const message =
    "Le corps de la requête n'est pas un JSON lisible : vérifiez qu'il est complet et bien formé (guillemets, virgules, accolades).";
  return { code: "VALIDATION_FAILED", errors: [{ path: "", message }] };
}

const errorName = (error: unknown) => (error instanceof Error ? error.name : typeof error);
const errorMessage = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** The stack without its first line, which repeats the message. */
function frames(error: unknown): string | undefined {
  if (!(error instanceof Error) || !error.stack) return undefined;
  return error.stack
    .split("\n")
    .filter((line) => /^\s+at /.test(line))
    .join("\n");
}
