/**
 * `npm run bench`: for each engine, starts the server (`tsx src/main.ts`, as `npm start` does) as a child process,
 * loads it with autocannon from another process (bench/load.mjs) and records p50/p99 latency and requests/s in
 * docs/PERFORMANCE.md (newest entry first, previous entries kept).
 *
 *   npm run bench                                   # PGlite and PostgreSQL, 10 s per endpoint, 10 connections
 *   npm run bench -- --engines=pglite --duration=5 --no-write
 *   BENCH_PG_URL=postgres://user@host:5432 npm run bench   # default postgres://postgres@127.0.0.1:5432
 */
import { execFile } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import postgres from "postgres";
import { describeMachine, type EngineResult, type LoadResult, writeEntry } from "./report.ts";
import { publishBenchOffer } from "./seed-offer.ts";
import { REPOSITORY_ROOT, type ServerProcess, startServer } from "./server-process.ts";

const run = promisify(execFile);

/**
 * `/healthz` is the framework's floor (no database); the metiers look-ups are the first real read path; the
 * public offer view (one offer published through the API first) reads an offer and its company.
 */
const TARGETS = ["/healthz", "/api/v1/metiers?q=boulan", "/api/v1/metiers?q=ingenieur"] as const;
const ENGINES = ["pglite", "postgres"] as const;
type Engine = (typeof ENGINES)[number];

type Options = Readonly<{ engines: Engine[]; durationS: number; connections: number; warmUpS: number; write: boolean }>;

function parseOptions(argv: string[]): Options {
  const value = (name: string) => argv.find((a) => a.startsWith(`--${name}=`))?.split("=")[1];
  const engines = (value("engines")?.split(",") ?? [...ENGINES]) as Engine[];
  const unknown = engines.filter((e) => !ENGINES.includes(e));
  if (unknown.length > 0) throw new Error(`unknown engine(s): ${unknown.join(", ")} (known: ${ENGINES.join(", ")})`);
  return {
    engines,
    durationS: Number(value("duration") ?? 10),
    connections: Number(value("connections") ?? 10),
    warmUpS: Number(value("warm-up") ?? 3),
    write: !argv.includes("--no-write"),
  };
}

/** A throw-away database for one engine: a PGlite directory, or a fresh database on the PostgreSQL server. */
type Storage = Readonly<{ env: Record<string, string | undefined>; dispose: () => Promise<void>; label: string }>;

async function pgliteStorage(): Promise<Storage> {
  const dir = await mkdtemp(join(tmpdir(), "lba-bench-"));
  return {
    env: { DATABASE_URL: undefined, PGLITE_DATA_DIR: dir },
    dispose: () => rm(dir, { recursive: true, force: true }),
    label: "PGlite 0.5.14 (embedded, in the server process, data on disk)",
  };
}

async function postgresStorage(): Promise<Storage> {
  const server = process.env.BENCH_PG_URL ?? "postgres://postgres@127.0.0.1:5432";
  const name = `lba_bench_${Date.now()}_${process.pid}`;
  const admin = postgres(`${server}/postgres`, { max: 1, onnotice: () => {}, connect_timeout: 5 });
  const rows = await admin<{ server_version: string }[]>`show server_version`.catch((error: Error) => {
    void admin.end();
    throw new Error(`PostgreSQL not reachable at ${server} (${error.message}); or run with --engines=pglite`);
  });
  const version = rows[0]?.server_version ?? "?";
  await admin.unsafe(`create database "${name}"`);
  return {
    env: { DATABASE_URL: `${server}/${name}` },
    dispose: async () => {
      await admin.unsafe(`drop database if exists "${name}" with (force)`);
      await admin.end();
    },
    label: `PostgreSQL ${version} (local server, 127.0.0.1:5432, fresh database)`,
  };
}

async function load(url: string, durationS: number, connections: number): Promise<LoadResult> {
  const loader = join(REPOSITORY_ROOT, "bench", "load.mjs");
  const { stdout } = await run(process.execPath, [loader, url, String(durationS), String(connections)], {
    timeout: (durationS + 30) * 1000,
  });
  return JSON.parse(stdout.trim().split("\n").at(-1) ?? "{}") as LoadResult;
}

async function checkAnswer(url: string): Promise<void> {
  const response = await fetch(url);
  const body = await response.text();
  if (response.status !== 200) throw new Error(`GET ${url} → ${response.status} ${body.slice(0, 200)}`);
  if (url.includes("/metiers") && !body.includes('"romeCode"')) throw new Error(`GET ${url}: no item (${body})`);
}

async function benchEngine(engine: Engine, options: Options, servers: Set<ServerProcess>): Promise<EngineResult> {
  const storage = engine === "pglite" ? await pgliteStorage() : await postgresStorage();
  let server: ServerProcess | null = null;
  try {
    const started = performance.now();
    server = await startServer({
      command: process.execPath,
      args: ["--import", "tsx", "src/main.ts"],
      cwd: REPOSITORY_ROOT,
      env: { ...process.env, ...storage.env, LOG_LEVEL: "warn", JOBS_ENABLED: "false", APP_MODE: "development" },
      readyTimeoutMs: 120_000,
    });
    servers.add(server);
    const startUpS = (performance.now() - started) / 1000;
    console.log(`\n[${engine}] server ready at ${server.url} after ${startUpS.toFixed(1)} s (migrations + seed)`);
    const rows: LoadResult[] = [];
    const offerPath = await publishBenchOffer(server.url);
    for (const path of [...TARGETS, offerPath]) {
      const url = `${server.url}${path}`;
      await checkAnswer(url);
      await load(url, options.warmUpS, options.connections); // JIT, connection pool, PostgreSQL caches
      const result = await load(url, options.durationS, options.connections);
      console.log(
        `[${engine}] ${path}: p50 ${result.p50Ms} ms, p99 ${result.p99Ms} ms, ${result.requestsPerSecond} req/s` +
          ` (${result.ok} ok, ${result.non2xx} non-2xx, ${result.errors} errors)`,
      );
      rows.push({ ...result, url: path === offerPath ? "/api/v1/offers/{id}" : path });
    }
    return { engine, label: storage.label, startUpS, rows };
  } finally {
    if (server) {
      await server.stop();
      servers.delete(server);
    }
    await storage.dispose();
  }
}

async function gitRevision(): Promise<string> {
  try {
    const { stdout: head } = await run("git", ["rev-parse", "--short", "HEAD"], { cwd: REPOSITORY_ROOT });
    const { stdout: status } = await run("git", ["status", "--porcelain", "--", "src", "drizzle", "package.json"], {
      cwd: REPOSITORY_ROOT,
    });
    return `${head.trim()}${status.trim() ? " + uncommitted changes" : ""}`;
  } catch {
    return "unknown";
  }
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const servers = new Set<ServerProcess>();
  process.once("SIGINT", () => {
    console.error("interrupted: stopping the servers");
    void Promise.all([...servers].map((s) => s.stop())).finally(() => process.exit(130));
  });
  const startedAt = new Date();
  const loadAverage = loadavg()[0] ?? 0;
  console.log(
    `bench: ${options.engines.join(" + ")}, ${options.durationS} s per endpoint after ${options.warmUpS} s of ` +
      `warm-up, ${options.connections} connections`,
  );
  const results: EngineResult[] = [];
  for (const engine of options.engines) results.push(await benchEngine(engine, options, servers));
  const entry = { startedAt, machine: describeMachine(), revision: await gitRevision(), loadAverage, options, results };
  if (options.write) {
    const path = await writeEntry(join(REPOSITORY_ROOT, "docs", "PERFORMANCE.md"), entry);
    console.log(`\nwritten to ${path}`);
  }
}

main().catch((error: unknown) => {
  console.error(`bench failed: ${(error as Error).message}`);
  process.exit(1);
});
