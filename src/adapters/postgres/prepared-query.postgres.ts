import type { Db } from "./database.ts";

/** A statement's text with `$n` parameters and their values, in order. */
export type Statement = Readonly<{ text: string; values: unknown[] }>;

type PreparingClient = Readonly<{
  unsafe: (text: string, values: unknown[], options: { prepare: boolean }) => Promise<Iterable<unknown>>;
}>;
type EmbeddedClient = Readonly<{ query: (text: string, values: unknown[]) => Promise<{ rows: unknown[] }> }>;

/**
 * Runs `statement` as a named prepared statement on a postgres.js pool (one per connection and statement text,
 * reused after), where drizzle's `execute` sends an unnamed one that PostgreSQL plans again at every call. For a
 * statement whose planning costs as much as its execution (the jobs search: about 2 ms each), this halves the
 * work. On PGlite (one embedded session, no pool) the instance's own `query`. Instants come back as text from
 * postgres.js and as Date from PGlite.
 */
export async function executePrepared<T>(db: Db, statement: Statement): Promise<T[]> {
  const client = (db as { $client?: unknown }).$client;
  if (isPreparingClient(client)) {
    return [...(await client.unsafe(statement.text, statement.values, { prepare: true }))] as T[];
  }
  if (isEmbeddedClient(client)) return (await client.query(statement.text, statement.values)).rows as T[];
  throw new TypeError("a prepared statement needs the database handle (db.$client), not a transaction");
}

function isEmbeddedClient(client: unknown): client is EmbeddedClient {
  return typeof (client as { query?: unknown } | undefined)?.query === "function";
}

function isPreparingClient(client: unknown): client is PreparingClient {
  return typeof (client as { unsafe?: unknown } | undefined)?.unsafe === "function";
}
