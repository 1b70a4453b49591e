import type { LoadResult } from "./report.ts";
import { HEALTH_PATH, JOB_SEARCH_CASES, jobSearchPath, METIERS_PATH } from "./search-cases.ts";
import type { FloorResult } from "./sql-floor.ts";
import type { ThinHttpResult } from "./thin-http.ts";

type Timed = Readonly<{ seconds: number; via: string; result: Record<string, unknown> }>;

export type SearchBench = Readonly<{
  scale: string;
  loaded: Readonly<{ partnerOffers: Timed; companies: Timed; offers: Timed }>;
  floor: readonly FloorResult[];
  /** PostgreSQL only: the same statement behind the thinnest HTTP server (bench/thin-http.ts). */
  thinHttp: readonly ThinHttpResult[];
  /** Peak VmRSS of the server process while it was under load, MiB. */
  peakRssMiB: number | null;
  /** Per case key: the per-kind totals of the first page. */
  totals: Readonly<Record<string, unknown>>;
}>;

/** Issue 11's targets (PostgreSQL, Paris and rural searches). */
const TARGETS = { p99Ms: 50, requestsPerSecond: 300, ratio: 1.5, autocompleteShare: 0.5, importS: 20, rssMiB: 300 };

const fixed = (n: number | null | undefined, digits = 2) => (n === null || n === undefined ? "–" : n.toFixed(digits));
const verdict = (met: boolean | null) => (met === null ? "not measured" : met ? "**met**" : "**not met**");

export function renderSearchBench(rows: readonly LoadResult[], bench: SearchBench): string[] {
  const lines = [
    `#### Data (${bench.scale}, scripts/generate-data.ts)`,
    "",
    "| Load | How | Seconds | Result |",
    "| --- | --- | ---: | --- |",
    ...(["companies", "partnerOffers", "offers"] as const).map((kind) => {
      const step = bench.loaded[kind];
      return `| ${kind} | ${step.via} | ${fixed(step.seconds, 1)} | \`${summaryOf(step.result)}\` |`;
    }),
    "",
    "#### Jobs search: API beside the same statement behind a bare HTTP server, and run directly (the floor)",
    "",
    "The thin HTTP server (bench/thin-http.ts) runs the same statement and answers `JSON.stringify` of its rows,",
    "with node:http and nothing else: what one HTTP hop costs here, before anything the service does.",
    "",
    "| Search | Totals (offers / partner / companies) | API p50 | API p99 | API req/s | Thin HTTP p50 | Thin HTTP req/s | SQL p50 | SQL p99 | SQL q/s | API p50 / SQL p50 | Thin HTTP p50 / SQL p50 |",
    "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
  ];
  for (const search of JOB_SEARCH_CASES) {
    const { a, thin, f, ratio, thinRatio } = ratiosOf(rows, bench, search);
    const t = bench.totals[search.key] as { offers: number; partnerOffers: number; companies: number } | undefined;
    lines.push(
      `| ${search.label}${search.targeted ? "" : " (reported, not targeted)"} | ${t ? `${t.offers} / ${t.partnerOffers} / ${t.companies}` : "–"} | ` +
        `${fixed(a?.p50Ms)} | ${fixed(a?.p99Ms)} | ${Math.round(a?.requestsPerSecond ?? 0)} | ${fixed(thin?.p50Ms)} | ` +
        `${thin ? Math.round(thin.requestsPerSecond) : "–"} | ${fixed(f?.p50Ms)} | ` +
        `${fixed(f?.p99Ms)} | ${Math.round(f?.requestsPerSecond ?? 0)} | ${fixed(ratio)} | ${fixed(thinRatio)} |`,
    );
  }
  lines.push(
    "",
    `Server RSS under load (peak of /proc/<pid>/status VmRSS, sampled every 250 ms): ${bench.peakRssMiB ?? "–"} MiB.`,
  );
  lines.push("", ...targetTable(rows, bench), "", "#### Query plans (EXPLAIN (ANALYZE, BUFFERS), after the runs)", "");
  for (const f of bench.floor) {
    const search = JOB_SEARCH_CASES.find((c) => c.key === f.key);
    lines.push(`<details><summary>${search?.label ?? f.key}</summary>`, "", "```", f.plan, "```", "", "</details>", "");
  }
  return lines;
}

function targetTable(rows: readonly LoadResult[], bench: SearchBench): string[] {
  const api = (path: string) => rows.find((r) => r.url === path);
  const health = api(HEALTH_PATH);
  const metiers = api(METIERS_PATH);
  const importS = bench.loaded.companies.seconds;
  const out = ["| Target | Measured | Verdict |", "| --- | --- | --- |"];
  for (const search of JOB_SEARCH_CASES.filter((c) => c.targeted)) {
    const { a, ratio, thinRatio } = ratiosOf(rows, bench, search);
    out.push(
      `| ${search.label}: p99 ≤ ${TARGETS.p99Ms} ms | ${fixed(a?.p99Ms)} ms | ${verdict(a?.p99Ms ? a.p99Ms <= TARGETS.p99Ms : null)} |`,
      `| ${search.label}: ≥ ${TARGETS.requestsPerSecond} req/s | ${Math.round(a?.requestsPerSecond ?? 0)} | ${verdict(a ? a.requestsPerSecond >= TARGETS.requestsPerSecond : null)} |`,
      `| ${search.label}: API p50 ≤ ${TARGETS.ratio} × SQL p50 | ${fixed(ratio)} × | ${ratioVerdict(ratio, thinRatio)} |`,
    );
  }
  const share = health && metiers ? metiers.requestsPerSecond / health.requestsPerSecond : null;
  out.push(
    `| métier autocomplete ≥ ${TARGETS.autocompleteShare} × /healthz req/s | ${fixed(share)} × (${Math.round(metiers?.requestsPerSecond ?? 0)} vs ${Math.round(health?.requestsPerSecond ?? 0)}) | ${verdict(share === null ? null : share >= TARGETS.autocompleteShare)} |`,
    `| companies:import ≤ ${TARGETS.importS} s | ${fixed(importS, 1)} s | ${verdict(bench.loaded.companies.via.includes("companies:import") ? importS <= TARGETS.importS : null)} |`,
    `| server RSS ≤ ${TARGETS.rssMiB} MiB under load | ${bench.peakRssMiB ?? "–"} MiB | ${verdict(bench.peakRssMiB === null ? null : bench.peakRssMiB <= TARGETS.rssMiB)} |`,
  );
  return out;
}

function ratiosOf(rows: readonly LoadResult[], bench: SearchBench, search: (typeof JOB_SEARCH_CASES)[number]) {
  const a = rows.find((r) => r.url === jobSearchPath(search));
  const thin = bench.thinHttp.find((x) => x.key === search.key);
  const f = bench.floor.find((x) => x.key === search.key);
  const over = (p50: number | null | undefined) => (p50 && f?.p50Ms ? p50 / f.p50Ms : null);
  return { a, thin, f, ratio: over(a?.p50Ms), thinRatio: over(thin?.p50Ms) };
}

/** Over the target while a bare HTTP server running the same statement is over it too: no API can meet it here. */
function ratioVerdict(ratio: number | null, thinRatio: number | null): string {
  if (ratio === null || ratio <= TARGETS.ratio) return verdict(ratio === null ? null : true);
  if (thinRatio !== null && thinRatio > TARGETS.ratio)
    return `**not possible here**: the thin HTTP server alone is ${fixed(thinRatio)} ×`;
  return verdict(false);
}

function summaryOf(result: Record<string, unknown>): string {
  const summary = (result.summary ?? result) as Record<string, unknown>;
  const message = typeof summary.message === "string" ? summary.message : JSON.stringify(summary);
  return message.replace(/\|/g, "/").slice(0, 160);
}
