import { readFile } from "node:fs/promises";
import type { PGlite } from "@electric-sql/pglite";
import { drizzle } from "drizzle-orm/pglite";
import postgres from "postgres";
import { inject } from "vitest";
import { type DatabaseHandle, type Db, openPglite, openPostgres } from "../../src/adapters/postgres/database.ts";
import * as schema from "../../src/adapters/postgres/schema.ts";
import type { PgliteTemplate } from "./global-setup.ts";

/**
 * A database for one test file, in the state of the run's template: migrated and holding the shipped reference
 * data. On PostgreSQL, a copy of the template database. On PGlite, an in-memory instance of this worker: the one
 * the previous test file gave back, once it is back in the template's state, else one loaded from the template
 * dump (ADR 0004).
 */
export async function createTestDatabase(): Promise<DatabaseHandle> {
  const templateUrl = inject("templateDatabaseUrl");
  if (templateUrl) return copyOfTemplate(templateUrl);
  const template = inject("pgliteTemplate");
  if (!template) throw new Error("global-setup n'a préparé aucune base de test");
  return lendPglite(template);
}

async function copyOfTemplate(templateUrl: string): Promise<DatabaseHandle> {
  const template = new URL(templateUrl);
  const templateName = template.pathname.slice(1);
  const name = `lba_test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  const admin = postgres(templateUrl.replace(`/${templateName}`, "/postgres"), { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database "${name}" template "${templateName}"`);
  template.pathname = `/${name}`;
  const handle = await openPostgres(template.toString(), 4);
  return {
    ...handle,
    close: async () => {
      await handle.close();
      await admin.unsafe(`drop database if exists "${name}" with (force)`);
      await admin.end();
    },
  };
}

// PGlite: starting an instance costs 0.5–1.5 s even from a dump, most of it whatever the data; putting a used one
// back in the template's state costs a few tens of milliseconds.

type Instance = {
  handle: DatabaseHandle;
  client: PGlite;
  /** Session settings, prepared statements, cursors, LISTEN channels and advisory locks as the instance started. */
  session: string;
  /** The next transaction id when the instance was last in the template's state: rows from then on are newer. */
  cleanAt: number;
};

/**
 * The instance the previous test file of this worker gave back, clean. Module state survives from one file to the
 * next because vitest runs without isolation (vitest.config.ts), and a worker runs its files one at a time.
 */
let spare: Instance | null = null;
let dump: { path: string; blob: Promise<Blob> } | null = null;

async function lendPglite(template: PgliteTemplate): Promise<DatabaseHandle> {
  const instance = spare ?? (await startPglite(template));
  spare = null;
  let returned = false;
  return {
    // Its own client and drizzle instance, dead once given back as a closed database would be: some tests close the
    // database to see the service answer that it is down, and nothing may write to it once it is reset.
    db: drizzle({ client: untilReturned(instance.client, () => returned), schema }) as unknown as Db,
    engine: "pglite",
    close: async () => {
      if (returned) return;
      returned = true;
      const clean = await backToTemplate(instance, template).catch(() => false);
      if (clean && spare === null) spare = instance;
      else if (!instance.client.closed) await instance.handle.close(); // a test may have closed it through `$client`
    },
  };
}

function untilReturned(client: PGlite, returned: () => boolean): PGlite {
  return new Proxy(client, {
    get(target, property) {
      if (property === "closed") return returned() || target.closed;
      const value = Reflect.get(target, property, target);
      if (typeof value !== "function") return value;
      return (...args: unknown[]) =>
        returned() ? Promise.reject(new Error("PGlite is closed")) : value.apply(target, args);
    },
  });
}

async function startPglite(template: PgliteTemplate): Promise<Instance> {
  if (dump?.path !== template.dumpPath) {
    dump = { path: template.dumpPath, blob: readFile(template.dumpPath).then((bytes) => new Blob([bytes])) };
  }
  const handle = await openPglite({ loadDataDir: await dump.blob });
  const client = (handle.db as unknown as { $client: PGlite }).$client;
  return { handle, client, session: await sessionState(client), cleanAt: await nextXid(client) };
}

/**
 * Puts the instance back in the template's state, or answers false when it cannot. A transaction that writes gets a
 * new id, which the rows it leaves carry (`xmin`): a table is unchanged when it has the template's row count and no
 * row newer than the clean point. Only tables the template leaves empty are emptied again and sequences set back; a
 * change anywhere else (reference data, schema, system catalogs, session state, an open transaction) retires the
 * instance, and the next test file starts a new one.
 */
async function backToTemplate(instance: Instance, template: PgliteTemplate): Promise<boolean> {
  const { client } = instance;
  if (client.isInTransaction() || (await sessionState(client)) !== instance.session) return false;
  const next = await nextXid(client);
  if (next === instance.cleanAt) return true;
  const { rows } = await client.query<{ name: string; rows: number; fresh: boolean }>(checkQuery(template), [
    next - instance.cleanAt,
  ]);
  const tables = new Map(template.tables.map((table) => [table.name, table]));
  const changed = rows.filter(({ name, rows, fresh }) => fresh || rows !== tables.get(name)?.rows).map((r) => r.name);
  if (changed.length > 0) {
    const toEmpty = withReferencingTables(changed, template);
    if (!toEmpty.every((name) => isEmptyInTemplate(tables.get(name)))) return false;
    await client.exec(`TRUNCATE ${toEmpty.join(", ")}`);
  }
  await restoreSequences(client, template);
  instance.cleanAt = await nextXid(client);
  return true;
}

const checkQueries = new WeakMap<PgliteTemplate, string>();

/** `age(xmin)`: how many transaction ids ago a row was written; fresh when at most `$1` (next id − clean point). */
function checkQuery(template: PgliteTemplate): string {
  let query = checkQueries.get(template);
  if (!query) {
    query = template.tables
      .map(
        ({ name }) =>
          `SELECT ${literal(name)} AS name, count(*)::int AS rows, coalesce(min(age(xmin)) <= $1, false) AS fresh FROM ${name}`,
      )
      .join(" UNION ALL ");
    checkQueries.set(template, query);
  }
  return query;
}

function isEmptyInTemplate(table: PgliteTemplate["tables"][number] | undefined): boolean {
  return table !== undefined && !table.system && table.rows === 0;
}

/** TRUNCATE refuses a table unless the tables referencing it are truncated with it. */
function withReferencingTables(names: string[], template: PgliteTemplate): string[] {
  const result = new Set(names);
  for (let grew = true; grew; ) {
    grew = false;
    for (const { child, parent } of template.foreignKeys) {
      if (result.has(parent) && !result.has(child)) {
        result.add(child);
        grew = true;
      }
    }
  }
  return [...result];
}

/** Sequences are not transactional (an insert rolled back still used its id); currval() forgets the old values. */
async function restoreSequences(client: PGlite, template: PgliteTemplate): Promise<void> {
  if (template.sequences.length === 0) return;
  const { rows } = await client.query<{ name: string; lastValue: string; isCalled: boolean }>(
    template.sequences
      .map(
        ({ name }) =>
          `SELECT ${literal(name)} AS name, last_value::text AS "lastValue", is_called AS "isCalled" FROM ${name}`,
      )
      .join(" UNION ALL "),
  );
  const current = new Map(rows.map((row) => [row.name, row]));
  for (const { name, lastValue, isCalled } of template.sequences) {
    const now = current.get(name);
    if (now?.lastValue === lastValue && now.isCalled === isCalled) continue;
    await client.query("SELECT setval($1::regclass, $2::bigint, $3)", [name, lastValue, isCalled]);
  }
  await client.exec("DISCARD SEQUENCES");
}

async function sessionState(client: PGlite): Promise<string> {
  const { rows } = await client.query<{ state: string }>(`SELECT json_build_array(
    (SELECT json_agg(name || '=' || setting ORDER BY name) FROM pg_settings WHERE source = 'session'),
    (SELECT json_agg(name ORDER BY name) FROM pg_prepared_statements),
    (SELECT json_agg(name ORDER BY name) FROM pg_cursors),
    (SELECT json_agg(channel ORDER BY channel) FROM pg_listening_channels() AS channel),
    (SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'))::text AS state`);
  return rows[0]?.state ?? "";
}

async function nextXid(client: PGlite): Promise<number> {
  const { rows } = await client.query<{ xid: string }>("SELECT pg_snapshot_xmax(pg_current_snapshot())::text AS xid");
  return Number(rows[0]?.xid);
}

function literal(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}
