import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import postgres from "postgres";
import type { TestProject } from "vitest/node";
import { type DatabaseHandle, openPglite, openPostgres } from "../../src/adapters/postgres/database.ts";
import { applyMigrations } from "../../src/adapters/postgres/migrate.ts";
import { seedReferential } from "../../src/adapters/postgres/referential/seed.ts";
import { loadReferentialFiles } from "../../src/adapters/referential-data/load-referential-files.ts";
import { containerRuntimeHint } from "./container-runtime.ts";

declare module "vitest" {
  export interface ProvidedContext {
    /** PostgreSQL server URL of a migrated, seeded template database (server or container mode). */
    templateDatabaseUrl: string | null;
    /** PGlite data directory (tar), migrated, seeded and checkpointed (embedded mode). */
    pgliteDumpPath: string | null;
  }
}

/**
 * Migrates and seeds ONE template per test run; each test file then gets its own copy
 * (tests/support/test-database.ts): `DATABASE_URL` server, else a container, else PGlite in memory.
 */
export default async function setup(project: TestProject) {
  const fromEnv = process.env.DATABASE_URL;
  const server = fromEnv ? { url: fromEnv, stop: async () => {} } : await startContainer();
  if (server) {
    const template = await createTemplateDatabase(server.url);
    project.provide("templateDatabaseUrl", template.url);
    project.provide("pgliteDumpPath", null);
    return async () => {
      await template.drop();
      await server.stop();
    };
  }
  const dump = await createPgliteDump();
  project.provide("templateDatabaseUrl", null);
  project.provide("pgliteDumpPath", dump.path);
  return dump.remove;
}

async function migrateAndSeed(handle: DatabaseHandle): Promise<void> {
  await applyMigrations(handle);
  await seedReferential(handle.db, await loadReferentialFiles(), new Date("2026-01-01T00:00:00Z"));
}

type PgliteClient = { exec(sql: string): Promise<unknown>; dumpDataDir(compression: "none"): Promise<Blob> };

async function createPgliteDump() {
  const handle = await openPglite({});
  await migrateAndSeed(handle);
  const client = (handle.db as unknown as { $client: PgliteClient }).$client;
  // Without a checkpoint every test file's PGlite would replay the whole seed from the WAL at start-up, and the
  // dump would carry the ~50 MB of WAL segments that the checkpoint recycles: PGlite is one backend, so this
  // session's wal_recycle = off applies to the checkpoint, which then deletes the old segments.
  await client.exec("SET wal_recycle = off; CHECKPOINT;");
  const blob = await client.dumpDataDir("none");
  await handle.close();
  const directory = await mkdtemp(join(tmpdir(), "lba-test-"));
  const path = join(directory, "template.tar");
  await writeFile(path, new Uint8Array(await blob.arrayBuffer()));
  return { path, remove: () => rm(directory, { recursive: true, force: true }) };
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
