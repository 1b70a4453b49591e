import { createHash } from "node:crypto";
import {
  copyFile,
  link,
  mkdir,
  mkdtemp,
  readdir,
  readFile,
  rename,
  rm,
  stat,
  utimes,
  writeFile,
} from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import postgres from "postgres";
import type { TestProject } from "vitest/node";
import { type DatabaseHandle, openPglite, openPostgres } from "../../src/adapters/postgres/database.ts";
import { applyMigrations } from "../../src/adapters/postgres/migrate.ts";
import { seedReferential } from "../../src/adapters/postgres/referential/seed.ts";
import { loadReferentialFiles } from "../../src/adapters/referential-data/load-referential-files.ts";
import { containerRuntimeHint } from "./container-runtime.ts";

/** What the PGlite template holds, so that a worker can tell whether a test file left it as it found it. */
export type PgliteTemplate = Readonly<{
  /** Data directory (tar), migrated, seeded and checkpointed. */
  dumpPath: string;
  /** Every table, system catalogs included, with its row count (names as `regclass::text`). */
  tables: readonly { name: string; system: boolean; rows: number }[];
  sequences: readonly { name: string; lastValue: string; isCalled: boolean }[];
  /** `child` has a foreign key to `parent`. */
  foreignKeys: readonly { child: string; parent: string }[];
}>;

declare module "vitest" {
  export interface ProvidedContext {
    /** PostgreSQL server URL of a migrated, seeded template database (server or container mode). */
    templateDatabaseUrl: string | null;
    /** The migrated, seeded PGlite template (embedded mode). */
    pgliteTemplate: PgliteTemplate | null;
  }
}

/**
 * Migrates and seeds ONE template per test run (on PGlite, unless an earlier run cached the same one); each test
 * file then gets a database in that state (tests/support/test-database.ts): `DATABASE_URL` server, else a container,
 * else PGlite in memory. ADR 0004.
 */
export default async function setup(project: TestProject) {
  const fromEnv = process.env.DATABASE_URL;
  const server = fromEnv ? { url: fromEnv, stop: async () => {} } : await startContainer();
  if (server) {
    const template = await createTemplateDatabase(server.url);
    project.provide("templateDatabaseUrl", template.url);
    project.provide("pgliteTemplate", null);
    return async () => {
      await template.drop();
      await server.stop();
    };
  }
  const directory = await mkdtemp(join(tmpdir(), "lba-test-"));
  const remove = () => rm(directory, { recursive: true, force: true });
  try {
    project.provide("templateDatabaseUrl", null);
    project.provide("pgliteTemplate", await pgliteTemplate(directory));
  } catch (error) {
    await remove();
    throw error;
  }
  return remove;
}

async function migrateAndSeed(handle: DatabaseHandle): Promise<void> {
  await applyMigrations(handle);
  await seedReferential(handle.db, await loadReferentialFiles(), new Date("2026-01-01T00:00:00Z"));
}

type PgliteClient = {
  exec(sql: string): Promise<unknown>;
  query<T>(sql: string): Promise<{ rows: T[] }>;
  dumpDataDir(compression: "none"): Promise<Blob>;
};

const repository = fileURLToPath(new URL("../../", import.meta.url));
/** Templates of earlier runs, by a hash of everything that goes into one; the few last used are kept. */
const cacheDirectory = join(repository, "node_modules", ".cache", "lba-test-template");
const cacheEntriesKept = 3;

/**
 * The PGlite template in `directory`: from the cache when an earlier run built it from the same inputs (its build,
 * 8–15 s here, is most of a one-file run), else built, then cached.
 */
async function pgliteTemplate(directory: string): Promise<PgliteTemplate> {
  const key = await templateInputsHash();
  const dumpPath = join(directory, "template.tar");
  const entry = join(cacheDirectory, key);
  try {
    const description = JSON.parse(await readFile(join(entry, "template.json"), "utf8")) as Omit<
      PgliteTemplate,
      "dumpPath"
    >;
    await linkOrCopy(join(entry, "template.tar"), dumpPath);
    await utimes(entry, new Date(), new Date());
    return { dumpPath, ...description };
  } catch {
    // Not cached yet, or evicted by a concurrent run: build it.
  }
  const { dump, description } = await buildPgliteTemplate();
  await writeFile(dumpPath, dump);
  await saveInCache(entry, dumpPath, description).catch(() => {});
  return { dumpPath, ...description };
}

/**
 * The template depends on the migrations, the reference data, the code that applies them (the modules this file
 * imports, followed from import to import) and the dependencies' versions.
 */
async function templateInputsHash(): Promise<string> {
  const files = new Set([
    ...(await importedModules(fileURLToPath(import.meta.url))),
    ...(await filesUnder(join(repository, "drizzle"))),
    ...(await filesUnder(join(repository, "data", "referential"))),
    join(repository, "package-lock.json"),
  ]);
  const hash = createHash("sha256");
  for (const file of [...files].sort()) {
    hash
      .update(`${relative(repository, file)}\0`)
      .update(await readFile(file))
      .update("\0");
  }
  return hash.digest("hex").slice(0, 24);
}

const relativeSpecifier = /\b(?:from|import)\s*\(?\s*["'](\.{1,2}\/[^"']+)["']/g;

async function importedModules(entry: string): Promise<string[]> {
  const seen = new Set<string>();
  const pending = [entry];
  for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
    if (seen.has(file)) continue;
    const source = await readFile(file, "utf8").catch(() => null); // not a file: the import would fail anyway
    if (source === null) continue;
    seen.add(file);
    for (const [, specifier] of source.matchAll(relativeSpecifier)) {
      if (specifier) pending.push(resolve(dirname(file), specifier));
    }
  }
  return [...seen];
}

async function filesUnder(directory: string): Promise<string[]> {
  const entries = await readdir(directory, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

async function saveInCache(entry: string, dumpPath: string, description: Omit<PgliteTemplate, "dumpPath">) {
  await mkdir(cacheDirectory, { recursive: true });
  const staging = await mkdtemp(join(cacheDirectory, ".staging-"));
  try {
    await linkOrCopy(dumpPath, join(staging, "template.tar"));
    await writeFile(join(staging, "template.json"), JSON.stringify(description));
    await rename(staging, entry); // atomic; fails if a concurrent run cached the same template first
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
  const entries = await readdir(cacheDirectory);
  const cached = await Promise.all(
    entries.map(async (name) => ({ name, used: (await stat(join(cacheDirectory, name))).mtimeMs })),
  );
  const abandoned = cached.filter(({ name, used }) => name.startsWith(".") && used < Date.now() - 3_600_000);
  const evicted = cached.filter(({ name }) => !name.startsWith(".")).sort((a, b) => b.used - a.used);
  for (const { name } of [...abandoned, ...evicted.slice(cacheEntriesKept)]) {
    await rm(join(cacheDirectory, name), { recursive: true, force: true });
  }
}

/** A hard link costs nothing and survives the eviction of its source; a copy when they are on two file systems. */
async function linkOrCopy(from: string, to: string): Promise<void> {
  await link(from, to).catch(() => copyFile(from, to));
}

async function buildPgliteTemplate() {
  const handle = await openPglite({});
  await migrateAndSeed(handle);
  const client = (handle.db as unknown as { $client: PgliteClient }).$client;
  // Without a checkpoint every test file's PGlite would replay the whole seed from the WAL at start-up, and the
  // dump would carry the ~50 MB of WAL segments that the checkpoint recycles: PGlite is one backend, so this
  // session's wal_recycle = off applies to the checkpoint, which then deletes the old segments.
  await client.exec("SET wal_recycle = off; CHECKPOINT;");
  const description = await describeTemplate(client);
  const dump = new Uint8Array(await (await client.dumpDataDir("none")).arrayBuffer());
  await handle.close();
  return { dump, description };
}

async function describeTemplate(client: PgliteClient): Promise<Omit<PgliteTemplate, "dumpPath">> {
  const relations = (kind: "r" | "S") =>
    `SELECT c.oid::regclass::text AS name, n.nspname IN ('pg_catalog', 'information_schema') AS system
     FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE c.relkind = '${kind}' AND n.nspname <> 'pg_toast' ORDER BY 1`;
  const tables = (await client.query<{ name: string; system: boolean }>(relations("r"))).rows;
  const counts = await client.query<{ name: string; rows: number }>(
    tables.map(({ name }) => `SELECT ${literal(name)} AS name, count(*)::int AS rows FROM ${name}`).join(" UNION ALL "),
  );
  const rows = new Map(counts.rows.map((r) => [r.name, r.rows]));
  const sequenceNames = (await client.query<{ name: string }>(relations("S"))).rows;
  const sequences = sequenceNames.length
    ? (
        await client.query<{ name: string; lastValue: string; isCalled: boolean }>(
          sequenceNames
            .map(
              ({ name }) =>
                `SELECT ${literal(name)} AS name, last_value::text AS "lastValue", is_called AS "isCalled" FROM ${name}`,
            )
            .join(" UNION ALL "),
        )
      ).rows
    : [];
  const foreignKeys = (
    await client.query<{ child: string; parent: string }>(
      "SELECT DISTINCT conrelid::regclass::text AS child, confrelid::regclass::text AS parent FROM pg_constraint WHERE contype = 'f'",
    )
  ).rows;
  return { tables: tables.map((t) => ({ ...t, rows: rows.get(t.name) ?? 0 })), sequences, foreignKeys };
}

function literal(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}

async function createTemplateDatabase(serverUrl: string) {
  const name = `lba_template_${process.pid}_${Date.now()}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database "${name}"`);
  const url = withDatabase(serverUrl, name);
  const handle = await openPostgres(url, 2);
  await migrateAndSeed(handle);
  await handle.close();
  return {
    url,
    drop: async () => {
      await admin.unsafe(`drop database if exists "${name}" with (force)`);
      await admin.end();
    },
  };
}

export function withDatabase(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

async function startContainer(): Promise<{ url: string; stop: () => Promise<void> } | null> {
  if (!containerRuntimeHint()) return null;
  try {
    const { PostgreSqlContainer } = await import("@testcontainers/postgresql");
    const container = await new PostgreSqlContainer("postgres:15").start();
    return { url: container.getConnectionUri(), stop: async () => void (await container.stop()) };
  } catch (error) {
    console.warn(`testcontainers indisponible (${(error as Error).message}) : repli sur PGlite`);
    return null;
  }
}
