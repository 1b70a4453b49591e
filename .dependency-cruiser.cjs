/**
 * docs/ARCHITECTURE.md "Dependency rules", enforced. Every rule below is proven by a deliberately violating tree in
 * tests/dependency-rules/fixtures/<rule-name>/src/…, which scripts/check-dependency-rules-fixtures.mjs cruises
 * with this same file and expects to be rejected with that rule's name (`npm run depcheck`).
 *
 * Paths are anchored on `src/` OR on a fixture's `src/`, so the same patterns judge the real tree and the fixtures,
 * and never a package that happens to contain a `src/domain/` folder in node_modules.
 */

/** `src/` of the real tree or of a fixture; non-capturing, so `$1` in a `to` pattern is the first group after it. */
const SRC = "^(?:tests/dependency-rules/fixtures/[^/]+/|)src/";
const at = (path) => `${SRC}${path}`;

const DOMAIN = at("domain/");
const APPLICATION = at("application/");
const ADAPTERS = at("adapters/");
const HTTP = at("http/");
/** src/config.ts and every file of src/config/ (per-context configuration). */
const CONFIG = at("config(?:\\.ts$|/)");
/** The composition root (split into src/composition/ to keep files short: same role, same rights) and entry points. */
const COMPOSITION_AND_ENTRY_POINTS = [
  at("composition-root\\.ts$"),
  at("composition/"),
  at("main\\.ts$"),
  at("main\\.deno\\.ts$"),
  at("cli/"),
];

/** Every flavour of npm dependency dependency-cruiser distinguishes (a package imported but not declared included). */
const NPM = ["npm", "npm-dev", "npm-optional", "npm-peer", "npm-bundled", "npm-no-pkg", "npm-unknown"];

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "domain-imports-only-domain",
      comment: "docs/ARCHITECTURE.md: domain/** imports only domain/** (configuration comes in as arguments).",
      severity: "error",
      from: { path: DOMAIN },
      to: { dependencyTypes: ["local"], pathNot: [DOMAIN, CONFIG] },
    },
    {
      name: "domain-context-imports-only-itself-and-the-shared-kernel",
      comment:
        "A context's domain knows no other context's domain; the shared kernel (domain/shared, domain/referential: " +
        "value objects and reference data every context speaks) is the one exception, declared here once.",
      severity: "error",
      from: { path: `${DOMAIN}([^/]+)/` },
      to: { path: DOMAIN, pathNot: [at("domain/$1/"), at("domain/shared/"), at("domain/referential/")] },
    },
    {
      name: "domain-no-npm",
      comment:
        "docs/ARCHITECTURE.md: no zod, drizzle, hono, jose… in the domain: readonly types and pure functions only.",
      severity: "error",
      from: { path: DOMAIN },
      to: { dependencyTypes: NPM },
    },
    {
      name: "domain-no-node-builtins",
      comment: "docs/ARCHITECTURE.md: no clock, randomness or I/O in the domain (they arrive as arguments or ports).",
      severity: "error",
      from: { path: DOMAIN },
      to: { dependencyTypes: ["core"] },
    },
    {
      name: "application-imports-only-domain-and-application",
      comment:
        "docs/ARCHITECTURE.md: use cases reach the outside world through ports, never adapters, http or the entry points.",
      severity: "error",
      from: { path: APPLICATION },
      to: { dependencyTypes: ["local"], pathNot: [DOMAIN, APPLICATION, CONFIG] },
    },
    {
      name: "application-no-npm",
      comment:
        "docs/ARCHITECTURE.md: no npm package in application/** (parsing with zod belongs to http and adapters).",
      severity: "error",
      from: { path: APPLICATION },
      to: { dependencyTypes: NPM },
    },
    {
      name: "application-no-node-builtins",
      comment:
        "docs/ARCHITECTURE.md: only Web-standard APIs above the adapters, so the same use cases run on Node and Deno.",
      severity: "error",
      from: { path: APPLICATION },
      to: { dependencyTypes: ["core"] },
    },
    {
      name: "application-cross-context-only-via-index",
      comment:
        "docs/ARCHITECTURE.md: another context only through its application/<ctx>/index.ts; application/shared/** is open to all.",
      severity: "error",
      from: { path: `${APPLICATION}([^/]+)/` },
      to: {
        path: APPLICATION,
        pathNot: [at("application/$1/"), at("application/shared/"), at("application/[^/]+/index\\.ts$")],
      },
    },
    {
      name: "adapters-not-to-http",
      comment: "docs/ARCHITECTURE.md: adapters implement application ports; they never import http/**.",
      severity: "error",
      from: { path: ADAPTERS },
      to: { path: HTTP },
    },
    {
      name: "adapters-import-only-ports-shared-and-domain",
      comment:
        "An adapter implements ports: of the application layer it sees only ports.ts files and application/shared " +
        "(infrastructure errors, rate-limit rules), never a use case or a context's index.ts.",
      severity: "error",
      from: { path: ADAPTERS },
      to: { path: APPLICATION, pathNot: [at("application/[^/]+/ports\\.ts$"), at("application/shared/")] },
    },
    {
      name: "postgres-adapter-uses-only-its-context-tables",
      comment:
        "A context never queries another context's tables: a Postgres adapter in adapters/postgres/<ctx>/ imports " +
        "nothing from another context's folder (the shared database handle, unit of work and rows helpers sit above).",
      severity: "error",
      from: { path: `${ADAPTERS}postgres/([^/]+)/`, pathNot: `${ADAPTERS}postgres/[^/]+/schema\\.ts$` },
      to: { path: `${ADAPTERS}postgres/[^/]+/`, pathNot: `${ADAPTERS}postgres/$1/` },
    },
    {
      name: "postgres-schema-references-only-organisations",
      comment:
        "A context's tables may hold a foreign key to identity's organisations (every context's data belongs to one), " +
        "and to nothing else of another context.",
      severity: "error",
      from: { path: `${ADAPTERS}postgres/([^/]+)/schema\\.ts$` },
      to: {
        path: `${ADAPTERS}postgres/[^/]+/`,
        pathNot: [`${ADAPTERS}postgres/$1/`, `${ADAPTERS}postgres/identity/schema\\.ts$`],
      },
    },
    {
      name: "http-not-to-adapters",
      comment: "docs/ARCHITECTURE.md: http calls use cases and maps results; it never imports adapters/**.",
      severity: "error",
      from: { path: HTTP },
      to: { path: ADAPTERS },
    },
    {
      name: "adapters-only-from-composition-root",
      comment:
        "docs/ARCHITECTURE.md: only the composition root (src/composition-root.ts, src/composition/) and the entry points " +
        "(src/main.ts, src/main.deno.ts, src/cli/) import adapters, besides adapters themselves.",
      severity: "error",
      from: { path: SRC, pathNot: [ADAPTERS, ...COMPOSITION_AND_ENTRY_POINTS] },
      to: { path: ADAPTERS },
    },
    {
      name: "config-only-from-http-and-entry-points",
      comment:
        "src/config.ts reads the environment: http, the composition root and the entry points may import it; " +
        "domain, application and adapters receive plain values.",
      severity: "error",
      from: { path: SRC, pathNot: [HTTP, CONFIG, ...COMPOSITION_AND_ENTRY_POINTS] },
      to: { path: CONFIG },
    },
    {
      name: "no-circular",
      comment:
        "A cycle of run-time imports makes two modules one module in disguise and breaks ESM initialisation order.",
      severity: "error",
      from: {},
      to: { circular: true, viaOnly: { dependencyTypesNot: ["type-only"] } },
    },
    {
      name: "no-circular-type-only",
      comment:
        "A cycle closed by `import type` is erased at run time (verbatimModuleSyntax): shown, not fatal. " +
        "Moving the shared type to a third module removes it.",
      severity: "warn",
      from: {},
      to: { circular: true },
    },
    {
      name: "not-to-unresolvable",
      comment: "An import that resolves to nothing would escape every rule above (and fail at run time).",
      severity: "error",
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    // Type-only imports count: `import type { Db } from "drizzle-orm"` in the domain is still a dependency on drizzle.
    tsPreCompilationDeps: true,
    moduleSystems: ["es6", "cjs"],
    enhancedResolveOptions: {
      extensions: [".ts", ".tsx", ".js", ".mjs", ".cjs", ".json"],
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default", "types"],
      mainFields: ["module", "main", "types", "typings"],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
