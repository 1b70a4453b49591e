import { PGlite } from "@electric-sql/pglite";
import { cube } from "@electric-sql/pglite/contrib/cube";
import { earthdistance } from "@electric-sql/pglite/contrib/earthdistance";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { sql } from "drizzle-orm";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import * as schema from "./schema.ts";

type Schema = typeof schema;
/** The database or a transaction handle: repositories accept either, so a UnitOfWork can hand them its tx. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;

export type DatabaseHandle = Readonly<{
  db: Db;
  engine: "pglite" | "postgres";
  close: () => Promise<void>;
}>;

class DatabaseUnavailable extends Error {
  override name = "DatabaseUnavailable";
}

/** PGlite needs its contrib modules at creation time; CREATE EXTENSION still runs in migration 0000. */
const pgliteExtensions = { cube, earthdistance, pg_trgm };

/** `dataDir` undefined means in memory; `loadDataDir` starts from a dump (used by the test harness). */
export async function openPglite(options: { dataDir?: string; loadDataDir?: Blob }): Promise<DatabaseHandle> {
  const client = await PGlite.create({ ...options, extensions: pgliteExtensions });
  const db = drizzlePglite({ client, schema }) as unknown as Db;
  return { db, engine: "pglite", close: () => client.close() };
}

export async function openPostgres(url: string, maxConnections = 10): Promise<DatabaseHandle> {
  const client = postgres(url, { max: maxConnections, onnotice: () => {}, connect_timeout: 5 });
  try {
    await client`select 1`;
  } catch (error) {
    await client.end({ timeout: 1 }).catch(() => {});
    throw new DatabaseUnavailable(`PostgreSQL injoignable (${redact(url)}) : ${(error as Error).message}`);
  }
  const db = drizzlePostgres({ client, schema }) as unknown as Db;
  return { db, engine: "postgres", close: () => client.end({ timeout: 5 }) };
}

export async function pingDatabase(db: Db): Promise<boolean> {
  try {
    await db.execute(sql`select 1`);
    return true;
  } catch {
    return false;
  }
}

function redact(url: string): string {
  return url.replace(/\/\/([^:@/]+):[^@/]*@/, "//$1:***@");
}
