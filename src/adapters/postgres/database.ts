import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import type { DatabaseFailure } from "../../application/service/ports.ts";
import * as schema from "./schema.ts";

type Schema = typeof schema;
/** The database or a transaction handle: repositories accept either, so a UnitOfWork can hand them its tx. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;

export type DatabaseHandle = Readonly<{
  db: Db;
  /** A read replica (DATABASE_READ_URL) for searches and public reads; absent: reads go to `db`. */
  readDb?: Db;
  engine: "pglite" | "postgres";
  close: () => Promise<void>;
}>;

class DatabaseUnavailable extends Error {
  override name = "DatabaseUnavailable";
}

/**
 * `dataDir` undefined means in memory; `loadDataDir` starts from a dump (used by the test harness). PGlite and its
 * drizzle driver are imported here, on first use: a service on PostgreSQL never loads them (about 30 MB of
 * resident memory under tsx).
 */
export async function openPglite(options: { dataDir?: string; loadDataDir?: Blob }): Promise<DatabaseHandle> {
  const [{ PGlite }, { cube }, { earthdistance }, { pg_trgm }, { drizzle: drizzlePglite }] = await Promise.all([
    import("@electric-sql/pglite"),
    import("@electric-sql/pglite/contrib/cube"),
    import("@electric-sql/pglite/contrib/earthdistance"),
    import("@electric-sql/pglite/contrib/pg_trgm"),
    import("drizzle-orm/pglite"),
  ]);
  // PGlite needs its contrib modules at creation time; CREATE EXTENSION still runs in migration 0000.
  const client = await PGlite.create({ ...options, extensions: { cube, earthdistance, pg_trgm } });
  const db = drizzlePglite({ client, schema }) as unknown as Db;
  return { db, engine: "pglite", close: () => client.close() };
}

/** README "Configuration" (DATABASE_STATEMENT_TIMEOUT_MS): a statement waiting longer, on a lock or a slow plan, fails. */
const DEFAULT_STATEMENT_TIMEOUT_MS = 5_000;

/** Connections per pool (the primary's, the replica's): as many as the load benchmark's concurrent clients. */
export const DEFAULT_POOL_SIZE = 10;

/**
 * A pool of `maxConnections`; each connection starts with `statement_timeout` (0: none), so a lock another session
 * holds cannot hang a request: the statement fails with 57014, answered 503 (docs/adr/0014). postgres.js opens
 * connections lazily and replaces a lost one on the next query, so the service recovers by itself when the server
 * comes back.
 */
export async function openPostgres(
  url: string,
  maxConnections = DEFAULT_POOL_SIZE,
  statementTimeoutMs = DEFAULT_STATEMENT_TIMEOUT_MS,
): Promise<DatabaseHandle> {
  const client = postgres(url, {
    max: maxConnections,
    onnotice: () => {},
    connect_timeout: 5,
    connection: { statement_timeout: statementTimeoutMs },
  });
  try {
    await client`select 1`;
  } catch (error) {
    await client.end({ timeout: 1 }).catch(() => {});
    throw new DatabaseUnavailable(`PostgreSQL injoignable (${redact(url)}) : ${(error as Error).message}`);
  }
  const db = drizzlePostgres({ client, schema }) as unknown as Db;
  return { db, engine: "postgres", close: () => client.end({ timeout: 5 }) };
}

/**
 * The primary `handle` with a second pool on a read replica (DATABASE_READ_URL) as `readDb`, closed with it. The
 * replica is checked like the primary: unreachable, the start-up stops (and the primary's pool is closed).
 */
export async function withReadReplica(
  handle: DatabaseHandle,
  readUrl: string,
  maxConnections = DEFAULT_POOL_SIZE,
  statementTimeoutMs = DEFAULT_STATEMENT_TIMEOUT_MS,
): Promise<DatabaseHandle> {
  const replica = await openPostgres(readUrl, maxConnections, statementTimeoutMs).catch(async (error: unknown) => {
    await handle.close();
    throw error;
  });
  const close = async () => {
    // Both pools end even when one fails to; the first failure is reported.
    const ended = await Promise.allSettled([handle.close(), replica.close()]);
    const failed = ended.find((result) => result.status === "rejected");
    if (failed) throw failed.reason;
  };
  return { ...handle, readDb: replica.db, close };
}

/** postgres.js's own connection errors and Node's socket errors: the server is down, restarting or unreachable. */
const CONNECTION_ERRORS = new Set([
  "CONNECTION_CLOSED",
  "CONNECTION_ENDED",
  "CONNECTION_DESTROYED",
  "CONNECT_TIMEOUT",
  "ECONNREFUSED",
  "ECONNRESET",
  "EPIPE",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "ENOTFOUND",
  "EAI_AGAIN",
]);

/**
 * SQLSTATEs (PostgreSQL appendix A) after which the same request may succeed shortly: connection exceptions (08),
 * insufficient resources (53), the server shutting down or starting (57P01–57P03), a statement cancelled by
 * statement_timeout (57014) and a lock not available (55P03).
 */
const UNAVAILABLE_SQLSTATE = /^(08|53|57P0[123]$|57014$|55P03$)/;

/** PGlite's answer once its instance is closed. */
const PGLITE_CLOSED = "PGlite is closed";

/**
 * Reads a failure of either driver, found in the error or its causes (drizzle wraps them in DrizzleQueryError,
 * whose message holds the SQL and every parameter): the SQLSTATE and the server's message with any quoted value
 * masked (`invalid input syntax for type uuid: "…"`), never `query`, `parameters` or `params` (docs/adr/0014).
 */
export function describeDatabaseFailure(error: unknown): DatabaseFailure | null {
  let wrapped = false;
  for (let cause = error, depth = 0; cause instanceof Error && depth < 5; cause = cause.cause, depth++) {
    const code = (cause as { code?: unknown }).code;
    if (typeof code === "string" && "severity" in cause && /^[0-9A-Z]{5}$/.test(code)) {
      return { unavailable: UNAVAILABLE_SQLSTATE.test(code), sqlstate: code, message: masked(cause.message) };
    }
    if (typeof code === "string" && CONNECTION_ERRORS.has(code)) {
      return { unavailable: true, sqlstate: null, message: code };
    }
    if (cause.message === PGLITE_CLOSED) return { unavailable: true, sqlstate: null, message: PGLITE_CLOSED };
    wrapped ||= cause.name === "DrizzleQueryError";
  }
  return wrapped ? { unavailable: false, sqlstate: null, message: "query failed in the driver" } : null;
}

function masked(message: string): string {
  return message.replace(/: ".*"$/s, ': "…"').replace(/(at or near )"[^"]*"/, '$1"…"');
}

function redact(url: string): string {
  return url.replace(/\/\/([^:@/]+):[^@/]*@/, "//$1:***@");
}
