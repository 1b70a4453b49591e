/**
 * The database's floor for a search, run by bench/run.ts as its own process (no shared event loop with the server
 * or the HTTP load): the SAME statement the search reader runs (jobSearchStatement, text and parameters), in a
 * bare loop of `connections` concurrent callers for `durationS` seconds, after a warm-up. PostgreSQL: postgres.js
 * `unsafe(text, values)` on a pool of `connections`; PGlite: the embedded instance's `query` (one session, so the
 * callers queue). Also prints each statement's EXPLAIN (ANALYZE, BUFFERS).
 *   node --import tsx bench/sql-floor.ts '<json spec>'    → one JSON line on stdout
 */
import type { PGlite } from "@electric-sql/pglite";
import postgres from "postgres";
import { openPglite } from "../src/adapters/postgres/database.ts";

type Statement = Readonly<{ key: string; text: string; values: unknown[] }>;
export type FloorSpec = Readonly<{
  engine: "postgres" | "pglite";
  /** postgres: the database URL; pglite: the data directory. */
  target: string;
  statements: readonly Statement[];
  durationS: number;
  warmUpS: number;
  connections: number;
  /** Also every latency and the measured seconds (to pool slices), and no plan unless `explain`. */
  raw?: boolean;
  explain?: boolean;
}>;
export type FloorResult = Readonly<{
  key: string;
  p50Ms: number | null;
  p99Ms: number | null;
  requestsPerSecond: number;
  rows: number;
  plan: string;
  latenciesMs?: number[];
  seconds?: number;
}>;

type Runner = Readonly<{ query(text: string, values: unknown[]): Promise<unknown[]>; close(): Promise<void> }>;

async function open(spec: FloorSpec): Promise<Runner> {
  if (spec.engine === "postgres") {
    const client = postgres(spec.target, { max: spec.connections, onnotice: () => {}, prepare: true });
    return {
      query: async (text, values) => [...(await client.unsafe(text, values as never[], { prepare: true }))],
      close: () => client.end(),
    };
  }
  // The service's own PGlite set-up (extensions); drizzle keeps the instance as `$client`.
  const handle = await openPglite({ dataDir: spec.target });
  const client = (handle.db as unknown as { $client: PGlite }).$client;
  return { query: async (text, values) => (await client.query(text, values)).rows, close: handle.close };
}

async function loop(runner: Runner, statement: Statement, seconds: number, connections: number) {
  const latencies: number[] = [];
  const deadline = performance.now() + seconds * 1000;
  let rows = 0;
  const worker = async () => {
    while (performance.now() < deadline) {
      const started = performance.now();
      rows = (await runner.query(statement.text, statement.values)).length;
      latencies.push(performance.now() - started);
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: connections }, worker));
  const elapsedS = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (p: number) =>
    latencies.length ? round(latencies[Math.ceil((p / 100) * latencies.length) - 1] ?? 0) : null;
  return {
    p50Ms: at(50),
    p99Ms: at(99),
    requestsPerSecond: round(latencies.length / elapsedS),
    rows,
    latenciesMs: latencies.map(round),
    seconds: elapsedS,
  };
}

const round = (n: number) => Math.round(n * 100) / 100;

async function explain(runner: Runner, statement: Statement): Promise<string> {
  const rows = (await runner.query(`explain (analyze, buffers) ${statement.text}`, statement.values)) as Record<
    string,
    string
  >[];
  return rows.map((row) => Object.values(row)[0]).join("\n");
}

async function main(): Promise<void> {
  const spec = JSON.parse(process.argv[2] ?? "{}") as FloorSpec;
  const runner = await open(spec);
  try {
    const results: FloorResult[] = [];
    for (const statement of spec.statements) {
      await loop(runner, statement, spec.warmUpS, spec.connections);
      const { latenciesMs, seconds, ...measured } = await loop(runner, statement, spec.durationS, spec.connections);
      const plan = spec.raw && !spec.explain ? "" : await explain(runner, statement);
      results.push({ key: statement.key, ...measured, plan, ...(spec.raw && { latenciesMs, seconds }) });
    }
    console.log(JSON.stringify(results));
  } finally {
    await runner.close();
  }
}

main().catch((error: unknown) => {
  console.error(`sql-floor failed: ${(error as Error).stack ?? error}`);
  process.exit(1);
});
