import { readFile, writeFile } from "node:fs/promises";
import { arch, cpus, release, totalmem, type, version } from "node:os";
import { renderSearchBench, type SearchBench } from "./search-report.ts";

/** One endpoint under load, as bench/load.mjs prints it. */
export type LoadResult = Readonly<{
  url: string;
  connections: number;
  durationSeconds: number;
  requests: number;
  ok: number;
  requestsPerSecond: number;
  p50Ms: number | null;
  p99Ms: number | null;
  maxMs: number | null;
  non2xx: number;
  errors: number;
  timeouts: number;
}>;

export type EngineResult = Readonly<{
  engine: string;
  label: string;
  startUpS: number;
  rows: LoadResult[];
  /** The national-scale part (issue 11): data loaded, SQL floor, plans, memory. */
  search?: SearchBench;
}>;

export type Entry = Readonly<{
  startedAt: Date;
  machine: string;
  revision: string;
  /** The 1-minute load average at the start: another busy process on the machine lowers the figures. */
  loadAverage: number;
  options: Readonly<{ durationS: number; connections: number; warmUpS: number; scale?: string }>;
  results: EngineResult[];
}>;

/** New entries go right below this line, newest first; everything else in the file is kept as written. */
export const ENTRIES_MARKER = "<!-- bench:entries — npm run bench inserts each new entry below this line -->";

const ENGINE_NAMES: Readonly<Record<string, string>> = { pglite: "PGlite", postgres: "PostgreSQL" };

export function describeMachine(): string {
  const cores = cpus();
  const model = cores[0]?.model.trim() ?? "unknown CPU";
  const ramGiB = (totalmem() / 1024 ** 3).toFixed(1);
  return `${model} × ${cores.length} CPUs, ${ramGiB} GiB RAM, Node ${process.version}, ${type()} ${release()} ${arch()} (${version()})`;
}

export function renderEntry(entry: Entry): string {
  const { startedAt, options } = entry;
  const when = `${startedAt.toISOString().slice(0, 16).replace("T", " ")} UTC`;
  const lines = [
    `## ${when}: ${entry.results.map((r) => ENGINE_NAMES[r.engine] ?? r.engine).join(" and ")}`,
    "",
    `- Machine: ${entry.machine}`,
    `- Revision: ${entry.revision}`,
    `- 1-minute load average at the start: ${entry.loadAverage.toFixed(2)}`,
    `- Load: autocannon, ${options.connections} connections, ${options.durationS} s per endpoint after ` +
      `${options.warmUpS} s of warm-up, from a second process on the same machine (client and server share the CPUs)`,
  ];
  for (const result of entry.results) {
    lines.push(
      "",
      `### ${result.label}`,
      "",
      `Server ready after ${result.startUpS.toFixed(1)} s (first start: migrations and referential seed).`,
      "",
      "| Endpoint | p50 (ms) | p99 (ms) | Requests/s | 2xx responses | Non-2xx / errors |",
      "| --- | ---: | ---: | ---: | ---: | ---: |",
      ...result.rows.map(
        (r) =>
          `| \`GET ${r.url}\` | ${r.p50Ms ?? "–"} | ${r.p99Ms ?? "–"} | ${Math.round(r.requestsPerSecond)} | ` +
          `${r.ok} | ${r.non2xx} / ${r.errors + r.timeouts} |`,
      ),
    );
    if (result.search) lines.push("", ...renderSearchBench(result.rows, result.search));
  }
  return `${lines.join("\n")}\n`;
}

const DEFAULT_DOCUMENT = `# Performance

Figures written by \`npm run bench\` (bench/run.ts); see the notes at the top of that file for the options.

${ENTRIES_MARKER}
`;

/** Inserts the entry below the marker (appends the marker first if someone removed it). */
export async function writeEntry(path: string, entry: Entry): Promise<string> {
  const current = await readFile(path, "utf8").catch(() => DEFAULT_DOCUMENT);
  const document = current.includes(ENTRIES_MARKER) ? current : `${current.trimEnd()}\n\n${ENTRIES_MARKER}\n`;
  const [head, tail = ""] = document.split(ENTRIES_MARKER);
  const rest = tail.replace(/^\n+/, "");
  await writeFile(path, `${head}${ENTRIES_MARKER}\n\n${renderEntry(entry)}${rest ? `\n${rest}` : ""}`);
  return path;
}
