/**
 * `npm run data:generate -- --scale=demo|lba2025 [--seed=N] [--out=DIR] [--base-date=YYYY-MM-DD]`: generates DEMO
 * data (fictitious companies, France Travail offers and offers posted here, docs/DATA.md "Generated demo data"):
 * places from the real communes weighted by population, ROME codes and NAF codes linked as France Travail links
 * them, SIRETs 9913…, contacts on demo.labonnealternance.local and in ARCEP's fiction phone range.
 * Deterministic: the same options give byte-identical files. Default output: data/demo (committed) for `demo`,
 * .data/<scale>/ (ignored) otherwise.
 */
import { resolve } from "node:path";
import { generate } from "./data-generator/generate.ts";
import { loadReferential } from "./data-generator/referential.ts";
import { SCALE_NAMES, SCALES, type ScaleName } from "./data-generator/scales.ts";

/** The reference day of the demo files (France Travail offers are dated in the 90 days before it). */
const DEFAULT_BASE_DATE = "2026-11-30";

const repoRoot = resolve(import.meta.dirname, "..");
const argv = process.argv.slice(2);
const option = (name: string) => argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);

const scaleName = (option("scale") ?? "demo") as ScaleName;
if (!SCALE_NAMES.includes(scaleName)) {
  console.error(`unknown scale "${scaleName}" (known: ${SCALE_NAMES.join(", ")})`);
  process.exit(2);
}
const seed = Number(option("seed") ?? 2025);
const baseDate = new Date(`${option("base-date") ?? DEFAULT_BASE_DATE}T12:00:00Z`);
if (!Number.isInteger(seed) || seed < 0 || Number.isNaN(baseDate.getTime())) {
  console.error("--seed must be a whole number ≥ 0 and --base-date a YYYY-MM-DD date");
  process.exit(2);
}
const outDir = resolve(option("out") ?? (scaleName === "demo" ? join("data", "demo") : join(".data", scaleName)));

const started = performance.now();
const manifest = await generate(loadReferential(repoRoot), { scale: SCALES[scaleName], seed, baseDate, outDir });
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(`${outDir}: ${JSON.stringify(manifest.counts)} (scale ${scaleName}, seed ${seed}) in ${seconds} s`);

function join(...parts: string[]): string {
  return resolve(repoRoot, ...parts);
}
