import type { LoadResult } from "./report.ts";
import { HEALTH_PATH, JOB_SEARCH_CASES, jobSearchPath, METIERS_PATH } from "./search-cases.ts";
import type { FloorResult } from "./sql-floor.ts";

type Timed = Readonly<{ seconds: number; via: string; result: Record<string, unknown> }>;

export type SearchBench = Readonly<{
  scale: string;
  loaded: Readonly<{ partnerOffers: Timed; companies: Timed; offers: Timed }>;
  floor: readonly FloorResult[];
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
  const api = (path: string) => rows.find((r) => r.url === path);
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
    "#### Jobs search: API beside the same statement run directly (the floor)",
    "",
    "| Search | Totals (offers / partner / companies) | API p50 | API p99 | API req/s | SQL p50 | SQL p99 | SQL q/s | API p50 / SQL p50 |",
    "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
  ];
  for (const search of JOB_SEARCH_CASES) {
    const a = api(jobSearchPath(search));
    const f = bench.floor.find((x) => x.key === search.key);
    const t = bench.totals[search.key] as { offers: number; partnerOffers: number; companies: number } | undefined;
    const ratio = a?.p50Ms && f?.p50Ms ? a.p50Ms / f.p50Ms : null;
    lines.push(
      `| ${search.label}${search.targeted ? "" : " (reported, not targeted)"} | ${t ? `${t.offers} / ${t.partnerOffers} / ${t.companies}` : "–"} | ` +
        `${fixed(a?.p50Ms)} | ${fixed(a?.p99Ms)} | ${Math.round(a?.requestsPerSecond ?? 0)} | ${fixed(f?.p50Ms)} | ` +
        `${fixed(f?.p99Ms)} | ${Math.round(f?.requestsPerSecond ?? 0)} | ${fixed(ratio)} |`,
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
    const a = api(jobSearchPath(search));
    const f = bench.floor.find((x) => x.key === search.key);
    const ratio = a?.p50Ms && f?.p50Ms ? a.p50Ms / f.p50Ms : null;
    out.push(
      `| ${search.label}: p99 ≤ ${TARGETS.p99Ms} ms | ${fixed(a?.p99Ms)} ms | ${verdict(a?.p99Ms ? a.p99Ms <= TARGETS.p99Ms : null)} |`,
      `| ${search.label}: ≥ ${TARGETS.requestsPerSecond} req/s | ${Math.round(a?.requestsPerSecond ?? 0)} | ${verdict(a ? a.requestsPerSecond >= TARGETS.requestsPerSecond : null)} |`,
      `| ${search.label}: API p50 ≤ ${TARGETS.ratio} × SQL p50 | ${fixed(ratio)} × | ${verdict(ratio === null ? null : ratio <= TARGETS.ratio)} |`,
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

function summaryOf(result: Record<string, unknown>): string {
  const summary = (result.summary ?? result) as Record<string, unknown>;
  const message = typeof summary.message === "string" ? summary.message : JSON.stringify(summary);
  return message.replace(/\|/g, "/").slice(0, 160);
}
