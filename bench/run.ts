/**
 * `npm run bench`: for each engine, generates the data (scripts/generate-data.ts, cached in .data/<scale>), loads
 * it into a throw-away database (bench/load-data.ts: the real France Travail sync and company import jobs, offers
 * through SearchIndex.put), starts the server (`tsx src/main.ts`, as `npm start` does) as a child process, loads it
 * with autocannon from another process (bench/load.mjs), runs each jobs search's own statement directly against
 * the database from a third process (bench/sql-floor.ts, the floor) with its plan, samples the server's RSS, and
 * records everything in docs/PERFORMANCE.md (newest entry first, previous entries kept).
 *
 *   npm run bench                                   # PostgreSQL at lba2025, PGlite at a tenth of it
 *   npm run bench -- --engine=postgres --scale=demo --duration=5 --no-write
 *   npm run bench -- --reuse-data                   # keep .data/<scale> when its manifest is there
 *   BENCH_PG_URL=postgres://user@host:5432 npm run bench   # default postgres://postgres@127.0.0.1:5432
 */
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import postgres from "postgres";
import { DEFAULT_POOL_SIZE } from "../src/adapters/postgres/database.ts";
import { jobSearchStatement } from "../src/adapters/postgres/search/search-reader.postgres.ts";
import { sampleResidentMemory } from "./memory-sampler.ts";
import { pooled } from "./pooled.ts";
import { describeMachine, type EngineResult, type LoadResult, writeEntry } from "./report.ts";
import {
  HEALTH_PATH,
  JOB_SEARCH_CASES,
  jobSearchPath,
  jobSearchQueryOf,
  METIERS_PATH,
  RESULTS_PAGE_PATH,
  TRAINING_SEARCH_PATH,
} from "./search-cases.ts";
import type { SearchBench } from "./search-report.ts";
import { publishBenchOffer } from "./seed-offer.ts";
import { REPOSITORY_ROOT, type ServerProcess, startServer } from "./server-process.ts";
import type { FloorResult, FloorSpec } from "./sql-floor.ts";
import type { ThinHttpResult, ThinHttpSpec } from "./thin-http.ts";

const run = promisify(execFile);

/**
 * `/healthz` is the framework's floor (no database work beyond `select 1`); the metiers look-ups are the
 * autocomplete; the public offer view (one offer published through the API first) reads an offer and its company.
 */
const TARGETS = [
  HEALTH_PATH,
  METIERS_PATH,
  "/api/v1/metiers?q=ingenieur",
  TRAINING_SEARCH_PATH,
  RESULTS_PAGE_PATH,
] as const;
const ENGINES = ["postgres", "pglite"] as const;
type Engine = (typeof ENGINES)[number];
const SCALES = ["demo", "lba2025"] as const;
type Scale = (typeof SCALES)[number];

type Options = Readonly<{
  engines: Engine[];
  scale: Scale;
  durationS: number;
  connections: number;
  warmUpS: number;
  write: boolean;
  reuseData: boolean;
}>;

function parseOptions(argv: string[]): Options {
  const value = (name: string) => argv.find((a) => a.startsWith(`--${name}=`))?.split("=")[1];
  const engines = (value("engine") ?? value("engines"))?.split(",") ?? [...ENGINES];
  const unknown = engines.filter((e) => !ENGINES.includes(e as Engine));
  if (unknown.length > 0) throw new Error(`unknown engine(s): ${unknown.join(", ")} (known: ${ENGINES.join(", ")})`);
  const scale = (value("scale") ?? "lba2025") as Scale;
  if (!SCALES.includes(scale)) throw new Error(`unknown scale ${scale} (known: ${SCALES.join(", ")})`);
  return {
    engines: engines as Engine[],
    scale,
    durationS: Number(value("duration") ?? 10),
    connections: Number(value("connections") ?? 10),
    warmUpS: Number(value("warm-up") ?? 3),
    write: !argv.includes("--no-write"),
    reuseData: argv.includes("--reuse-data"),
  };
}

/** PGlite is one embedded session: it gets a tenth of the national scale. */
function dataScaleFor(engine: Engine, scale: Scale): string {
  return engine === "pglite" && scale === "lba2025" ? "lba2025-tenth" : scale;
}

/** A throw-away database for one engine: a PGlite directory, or a fresh database on the PostgreSQL server. */
type Storage = Readonly<{
  env: Record<string, string | undefined>;
  dispose: () => Promise<void>;
  label: string;
  /** Where the floor process connects: the database URL, or the PGlite directory. */
  target: string;
}>;

async function pgliteStorage(): Promise<Storage> {
  const dir = await mkdtemp(join(tmpdir(), "lba-bench-"));
  return {
    env: { DATABASE_URL: undefined, PGLITE_DATA_DIR: dir },
    dispose: () => rm(dir, { recursive: true, force: true }),
    label: "PGlite 0.5.14 (embedded, in the server process, data on disk)",
    target: dir,
  };
}

async function postgresStorage(): Promise<Storage> {
  const server = process.env.BENCH_PG_URL ?? "postgres://postgres@127.0.0.1:5432";
  const name = `lba_bench_${Date.now()}_${process.pid}`;
  const admin = postgres(`${server}/postgres`, { max: 1, onnotice: () => {}, connect_timeout: 5 });
  const rows = await admin<{ server_version: string }[]>`show server_version`.catch((error: Error) => {
    void admin.end();
    throw new Error(`PostgreSQL not reachable at ${server} (${error.message}); or run with --engine=pglite`);
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
    target: `${server}/${name}`,
  };
}

const tsx = (script: string, args: string[], env: NodeJS.ProcessEnv, timeoutS: number) =>
  run(process.execPath, ["--import", "tsx", join(REPOSITORY_ROOT, script), ...args], {
    cwd: REPOSITORY_ROOT,
    env,
    timeout: Math.ceil(timeoutS * 1000),
    maxBuffer: 64 * 1024 * 1024,
  });

const lastJsonLine = <T>(stdout: string): T => JSON.parse(stdout.trim().split("\n").at(-1) ?? "{}") as T;

async function ensureData(scale: string, reuse: boolean): Promise<string> {
  const dir = join(REPOSITORY_ROOT, ".data", scale);
  if (reuse && existsSync(join(dir, "manifest.json"))) return dir;
  const started = performance.now();
  await tsx("scripts/generate-data.ts", [`--scale=${scale}`, `--out=${dir}`], process.env, 1200);
  console.log(`data ${scale} generated in ${((performance.now() - started) / 1000).toFixed(1)} s → ${dir}`);
  return dir;
}

async function load(url: string, durationS: number, connections: number): Promise<LoadResult> {
  const loader = join(REPOSITORY_ROOT, "bench", "load.mjs");
  const { stdout } = await run(process.execPath, [loader, url, String(durationS), String(connections)], {
    timeout: Math.ceil((durationS + 30) * 1000),
  });
  return lastJsonLine<LoadResult>(stdout);
}

type RawLoad = LoadResult & Readonly<{ latenciesMs: number[] }>;

async function loadSlice(url: string, durationS: number, connections: number): Promise<RawLoad> {
  const loader = join(REPOSITORY_ROOT, "bench", "load.mjs");
  const args = [loader, url, String(durationS), String(connections), "raw"];
  const { stdout } = await run(process.execPath, args, {
    timeout: Math.ceil((durationS + 30) * 1000),
    maxBuffer: 64 * 1024 * 1024,
  });
  return lastJsonLine<RawLoad>(stdout);
}

async function checkAnswer(url: string): Promise<string> {
  const response = await fetch(url);
  const body = await response.text();
  if (response.status !== 200) throw new Error(`GET ${url} → ${response.status} ${body.slice(0, 200)}`);
  if (url.includes("/metiers") && !body.includes('"romeCode"')) throw new Error(`GET ${url}: no item (${body})`);
  return body;
}

async function benchEngine(engine: Engine, options: Options, servers: Set<ServerProcess>): Promise<EngineResult> {
  const scale = dataScaleFor(engine, options.scale);
  const dataDir = await ensureData(scale, options.reuseData);
  const storage = engine === "pglite" ? await pgliteStorage() : await postgresStorage();
  const env = { ...process.env, ...storage.env, LOG_LEVEL: "warn", JOBS_ENABLED: "false", APP_MODE: "development" };
  let server: ServerProcess | null = null;
  try {
    const loadStarted = performance.now();
    const { stdout } = await tsx("bench/load-data.ts", [dataDir], clean(env), 3600);
    const loaded = lastJsonLine<SearchBench["loaded"]>(stdout);
    console.log(
      `[${engine}] ${scale} loaded in ${((performance.now() - loadStarted) / 1000).toFixed(1)} s: ${stdout.trim()}`,
    );
    const started = performance.now();
    server = await startServer({
      command: process.execPath,
      // As `npm start` runs it (package.json): the old-generation cap keeps the resident memory near the live heap.
      args: ["--max-old-space-size=512", "--import", "tsx", "src/main.ts"],
      cwd: REPOSITORY_ROOT,
      env,
      readyTimeoutMs: 300_000,
    });
    servers.add(server);
    const startUpS = (performance.now() - started) / 1000;
    console.log(`\n[${engine}] server ready at ${server.url} after ${startUpS.toFixed(1)} s (migrations + seed)`);
    const memory = sampleResidentMemory(server.pid);
    const rows: LoadResult[] = [];
    const offerPath = await publishBenchOffer(server.url);
    const searches = JOB_SEARCH_CASES.map((c) => ({ key: c.key, path: jobSearchPath(c) }));
    // On PostgreSQL each jobs search alternates with its floor (measureBesideFloor); PGlite has one process at a time.
    const interleaved = engine === "postgres";
    const paths = [...TARGETS, offerPath, ...(interleaved ? [] : searches.map((s) => s.path))];
    const totals: Record<string, unknown> = {};
    const floor: FloorResult[] = [];
    const thinHttp: ThinHttpResult[] = [];
    for (const path of paths) {
      const url = `${server.url}${path}`;
      const body = await checkAnswer(url);
      const search = searches.find((s) => s.path === path);
      if (search) totals[search.key] = (JSON.parse(body) as { totals: unknown }).totals;
      await load(url, options.warmUpS, options.connections); // JIT, connection pool, database caches
      const result = await load(url, options.durationS, options.connections);
      console.log(
        `[${engine}] ${path}: p50 ${result.p50Ms} ms, p99 ${result.p99Ms} ms, ${result.requestsPerSecond} req/s` +
          ` (${result.ok} ok, ${result.non2xx} non-2xx, ${result.errors} errors)`,
      );
      rows.push({ ...result, url: path === offerPath ? "/api/v1/offers/{id}" : path });
    }
    if (interleaved) {
      for (const c of JOB_SEARCH_CASES) {
        const url = `${server.url}${jobSearchPath(c)}`;
        totals[c.key] = (JSON.parse(await checkAnswer(url)) as { totals: unknown }).totals;
        const measured = await measureBesideFloor(c, url, storage.target, options, env);
        rows.push({ ...measured.api, url: jobSearchPath(c) });
        floor.push(measured.floor);
        thinHttp.push(measured.thin);
      }
    }
    const peakRssMiB = memory.peak();
    memory.stop();
    if (!interleaved) {
      await server.stop(); // the floor opens the PGlite directory itself: one process at a time
      servers.delete(server);
      server = null;
      floor.push(...(await runFloor(engine, storage.target, options, env)));
    }
    return {
      engine,
      label: storage.label,
      startUpS,
      rows,
      search: { scale, loaded, floor, thinHttp, peakRssMiB, totals },
    };
  } finally {
    if (server) {
      await server.stop();
      servers.delete(server);
    }
    await storage.dispose();
  }
}

/** How many times the API, the thin HTTP server and the floor alternate for one search (slices of --duration / 3). */
const ROUNDS = 3;
const FLOOR_WARM_UP_S = 1;

/**
 * A jobs search through the API, through the thinnest HTTP server running the same statement (bench/thin-http.ts)
 * and as that statement run directly (the floor), in alternating slices pooled into one figure each
 * (bench/pooled.ts); the plan is read after the last slice.
 */
async function measureBesideFloor(
  search: (typeof JOB_SEARCH_CASES)[number],
  url: string,
  target: string,
  options: Options,
  env: NodeJS.ProcessEnv,
): Promise<{ api: LoadResult; thin: ThinHttpResult; floor: FloorResult }> {
  const sliceS = options.durationS / ROUNDS;
  const thinServer = await startThinHttp(search, target, env);
  try {
    await checkAnswer(thinServer.url);
    await load(url, options.warmUpS, options.connections); // JIT, connection pool, database caches
    await load(thinServer.url, options.warmUpS, options.connections);
    const apiSlices: RawLoad[] = [];
    const thinSlices: RawLoad[] = [];
    const floorSlices: FloorResult[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      apiSlices.push(await loadSlice(url, sliceS, options.connections));
      thinSlices.push(await loadSlice(thinServer.url, sliceS, options.connections));
      const spec = floorSpec("postgres", target, [search], sliceS, FLOOR_WARM_UP_S, options.connections);
      const [slice] = await floorRun({ ...spec, raw: true, explain: round === ROUNDS - 1 }, env);
      if (slice) floorSlices.push(slice);
    }
    const pooledLoads = (slices: readonly RawLoad[]) =>
      pooled(slices.map((s) => ({ latenciesMs: s.latenciesMs, seconds: s.durationSeconds })));
    const [api, thin] = [pooledLoads(apiSlices), pooledLoads(thinSlices)];
    const sum = (field: "requests" | "non2xx" | "errors" | "timeouts") =>
      apiSlices.reduce((total, s) => total + s[field], 0);
    const floorPool = pooled(floorSlices.map((s) => ({ latenciesMs: s.latenciesMs ?? [], seconds: s.seconds ?? 0 })));
    const last = floorSlices.at(-1);
    const result = {
      api: {
        url,
        connections: options.connections,
        durationSeconds: Math.round(api.seconds * 100) / 100,
        requests: sum("requests"),
        ok: api.count,
        requestsPerSecond: api.requestsPerSecond,
        p50Ms: api.p50Ms,
        p99Ms: api.p99Ms,
        maxMs: api.maxMs,
        non2xx: sum("non2xx"),
        errors: sum("errors"),
        timeouts: sum("timeouts"),
      },
      thin: { key: search.key, p50Ms: thin.p50Ms, p99Ms: thin.p99Ms, requestsPerSecond: thin.requestsPerSecond },
      floor: {
        key: search.key,
        p50Ms: floorPool.p50Ms,
        p99Ms: floorPool.p99Ms,
        requestsPerSecond: floorPool.requestsPerSecond,
        rows: last?.rows ?? 0,
        plan: last?.plan ?? "",
      },
    };
    console.log(
      `[postgres] ${jobSearchPath(search)}: p50 ${api.p50Ms} ms, p99 ${api.p99Ms} ms, ${api.requestsPerSecond} req/s` +
        ` | thin HTTP: p50 ${thin.p50Ms} ms, p99 ${thin.p99Ms} ms, ${thin.requestsPerSecond} req/s` +
        ` | its SQL floor: p50 ${floorPool.p50Ms} ms, p99 ${floorPool.p99Ms} ms, ${floorPool.requestsPerSecond} q/s` +
        ` (${ROUNDS} alternating slices of ${sliceS.toFixed(1)} s)`,
    );
    return result;
  } finally {
    await thinServer.stop();
  }
}

/** bench/thin-http.ts serving this search's statement, with the service's pool size. */
function startThinHttp(
  search: (typeof JOB_SEARCH_CASES)[number],
  target: string,
  env: NodeJS.ProcessEnv,
): Promise<ServerProcess> {
  const statement = jobSearchStatement(jobSearchQueryOf(search, REPOSITORY_ROOT, new Date()));
  const spec: ThinHttpSpec = { target, statement, connections: DEFAULT_POOL_SIZE };
  return startServer({
    command: process.execPath,
    args: ["--import", "tsx", "bench/thin-http.ts", JSON.stringify(spec)],
    cwd: REPOSITORY_ROOT,
    env,
    readyTimeoutMs: 30_000,
  });
}

function floorSpec(
  engine: Engine,
  target: string,
  cases: readonly (typeof JOB_SEARCH_CASES)[number][],
  durationS: number,
  warmUpS: number,
  connections: number,
): FloorSpec {
  const now = new Date();
  const statements = cases.map((c) => ({
    key: c.key,
    ...jobSearchStatement(jobSearchQueryOf(c, REPOSITORY_ROOT, now)),
  }));
  return { engine, target, statements, durationS, warmUpS, connections };
}

async function floorRun(spec: FloorSpec, env: NodeJS.ProcessEnv): Promise<FloorResult[]> {
  const seconds = (spec.durationS + spec.warmUpS + 30) * spec.statements.length;
  const { stdout } = await tsx("bench/sql-floor.ts", [JSON.stringify(spec)], clean(env), seconds);
  return lastJsonLine<FloorResult[]>(stdout);
}

/** PGlite: every search's floor after the server has stopped (the floor opens the data directory itself). */
async function runFloor(engine: Engine, target: string, options: Options, env: NodeJS.ProcessEnv) {
  const spec = floorSpec(engine, target, JOB_SEARCH_CASES, options.durationS, options.warmUpS, options.connections);
  const floor = await floorRun(spec, env);
  for (const f of floor)
    console.log(`[${engine}] SQL floor ${f.key}: p50 ${f.p50Ms} ms, p99 ${f.p99Ms} ms, ${f.requestsPerSecond} q/s`);
  return floor;
}

function clean(env: Record<string, string | undefined>): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(env).filter((e): e is [string, string] => e[1] !== undefined));
}

/** BENCH_REVISION when given (a CI, a checkout without git), else git's short HEAD and whether the tree is dirty. */
async function gitRevision(): Promise<string> {
  if (process.env.BENCH_REVISION) return process.env.BENCH_REVISION;
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
    `bench: ${options.engines.join(" + ")}, scale ${options.scale}, ${options.durationS} s per endpoint after ` +
      `${options.warmUpS} s of warm-up, ${options.connections} connections`,
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
