#!/usr/bin/env node
/**
 * Proves every rule of .dependency-cruiser.cjs (docs/ARCHITECTURE.md "Dependency rules"): each rule has a deliberately violating
 * tree in tests/dependency-rules/fixtures/<rule-name>/src/, cruised with the same configuration, which must be
 * rejected by that rule. Conventions (tests/dependency-rules/README.md):
 * - the violation lives in files named `bad*.ts` (or inside a folder named `bad*`, for a rule about a file's fixed
 *   name such as `schema.ts`); every other file of a fixture is a legitimate neighbour (an allowed
 *   import, the imported module) and must raise nothing, so a fixture also proves what a rule lets through;
 * - an `error` rule must make the cruise fail; a `warn` rule must be reported without failing it;
 * - every rule has a fixture, every fixture names a rule, and the real `src/` has no error.
 * Exits 1 on the first broken promise, after printing all of them.
 */
import { readdir } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { cruise } from "dependency-cruiser";
import extractDepcruiseOptions from "dependency-cruiser/config-utl/extract-depcruise-options";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
/** Another configuration may be passed (e.g. a deliberately weakened copy, to see this check fail). */
const CONFIG_FILE = process.argv[2] ?? "./.dependency-cruiser.cjs";
const FIXTURES = "tests/dependency-rules/fixtures";

process.chdir(ROOT); // the configuration's paths are relative to the repository root

const options = { ...(await extractDepcruiseOptions(CONFIG_FILE)), validate: true };
const rules = new Map(options.ruleSet.forbidden.map((rule) => [rule.name, rule.severity ?? "warn"]));
const fixtures = (await readdir(FIXTURES, { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name);
const failures = [];

for (const name of rules.keys()) {
  if (!fixtures.includes(name)) failures.push(`rule ${name}: no fixture in ${FIXTURES}/${name}/src (unproven rule)`);
}

for (const name of fixtures.sort()) {
  const severity = rules.get(name);
  if (!severity) {
    failures.push(`fixture ${name}: no rule of that name in ${CONFIG_FILE}`);
    continue;
  }
  const summary = await cruiseSummary(join(FIXTURES, name, "src"));
  const problems = judgeFixture(name, severity, summary);
  failures.push(...problems.map((p) => `fixture ${name}: ${p}`));
  const seen = [...new Set(summary.violations.map((v) => v.rule.name))].join(", ") || "none";
  console.log(`${problems.length === 0 ? "ok  " : "FAIL"} ${name} (${severity}) → reported: ${seen}`);
}

const real = await cruiseSummary("src");
if (real.error > 0) {
  const names = [...new Set(real.violations.filter((v) => v.rule.severity === "error").map((v) => v.rule.name))];
  failures.push(`src/: ${real.error} error(s) (${names.join(", ")}); run npx depcruise src --config ${CONFIG_FILE}`);
}
console.log(`${real.error === 0 ? "ok  " : "FAIL"} src/ → ${real.error} error(s), ${real.warn} warning(s)`);

if (failures.length > 0) {
  console.error(`\n${failures.length} dependency-rule proof(s) broken:\n  ${failures.join("\n  ")}`);
  process.exit(1);
}
console.log(`\n${rules.size} rules, each rejected by its fixture; src/ passes.`);

async function cruiseSummary(directory) {
  const { output } = await cruise([directory], options);
  if (typeof output === "string") throw new Error(`unexpected ${options.outputType} output from dependency-cruiser`);
  return output.summary;
}

function judgeFixture(name, severity, summary) {
  const problems = [];
  const own = summary.violations.filter((v) => v.rule.name === name);
  if (own.length === 0) problems.push(`not rejected by ${name}`);
  if (severity === "error" && summary.error === 0) problems.push("the cruise passes (expected a failure)");
  if (severity !== "error" && summary.error > 0) problems.push(`${summary.error} error(s) for a ${severity} rule`);
  for (const violation of summary.violations) {
    if (!isBad(violation.from)) {
      problems.push(`${violation.rule.name} raised on ${violation.from}, which is not a bad*.ts file`);
    }
  }
  return problems;
}

/** A deliberately violating file: named bad*.ts, or inside a folder named bad* (its own name being fixed). */
function isBad(path) {
  return (
    basename(path).startsWith("bad") ||
    path.split("/").some((part) => part.startsWith("bad") && part !== basename(path))
  );
}
