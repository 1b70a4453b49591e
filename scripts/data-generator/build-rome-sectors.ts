/**
 * Builds data/generator/rome-naf-divisions.json, the ROME fiche → NAF divisions links the data generator draws
 * consistent (ROME, NAF) pairs from, out of France Travail's ROME v4.60 "secteurs NAF" tables
 * (rome_v460_secteurs_naf_fiches.csv in the folder SHARED_DATA_DIR names; source and licence: docs/DATA.md).
 * The source's sector code is the NAF rév. 2 division without its leading zero ("1" = division 01). Deterministic.
 * Run: SHARED_DATA_DIR=/path/to/sources npx tsx scripts/data-generator/build-rome-sectors.ts
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parse } from "csv-parse/sync";

const SOURCE_FILE = "rome_v460_secteurs_naf_fiches.csv";
const repoRoot = resolve(import.meta.dirname, "../..");
const outFile = join(repoRoot, "data/generator/rome-naf-divisions.json");

const dir = process.env.SHARED_DATA_DIR ? resolve(repoRoot, process.env.SHARED_DATA_DIR) : "";
if (!dir) throw new Error(`SHARED_DATA_DIR must name the folder holding ${SOURCE_FILE}`);
const rows = parse(readFileSync(join(dir, SOURCE_FILE)), { columns: true }) as Record<string, string>[];

const byRome = new Map<string, Set<string>>();
for (const row of rows) {
  const rome = row.code_rome ?? "";
  const sector = row.code_secteur_naf ?? "";
  if (!/^[A-N]\d{4}$/.test(rome) || !/^\d{1,2}$/.test(sector) || sector === "0") continue;
  const divisions = byRome.get(rome) ?? new Set<string>();
  divisions.add(sector.padStart(2, "0"));
  byRome.set(rome, divisions);
}
const links = [...byRome.keys()].sort().map((rome) => [rome, [...(byRome.get(rome) ?? [])].sort()] as const);
const body = links.map(([rome, divisions]) => `    ${JSON.stringify(rome)}: ${JSON.stringify(divisions)}`).join(",\n");
const document = `{\n  "source": "France Travail – ROME v4.60, ${SOURCE_FILE} (Licence Ouverte 2.0)",\n  "divisionsByRome": {\n${body}\n  }\n}\n`;
writeFileSync(outFile, document);
console.log(`${outFile}: ${links.length} fiches, ${rows.length} source rows`);
