import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../../src/adapters/postgres/database.ts";
import { refusalCodes } from "../../src/composition-root.ts";
import { createTestApp } from "../support/test-app.ts";
import { createTestDatabase } from "../support/test-database.ts";

/**
 * docs/API.md must list exactly the routes of the generated OpenAPI document, and every refusal code the service
 * can answer. The conventions it relies on are written at the top of docs/API.md ("For maintainers").
 */

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const HTTP_DIR = join(ROOT, "src/http");
const API_DOC = readFileSync(join(ROOT, "docs/API.md"), "utf8");

const NOT_YET_SECTION = "Not yet available";
const ERROR_SECTION = "Error codes";
const METHODS = ["get", "post", "put", "patch", "delete", "head", "options"] as const;

/** A route declaration: the first cell of a table row, `` `METHOD /path` ``. */
const ROUTE_ROW = /^\|\s*`(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS) (\/[^`\s]*)`\s*\|/;
/** Any route mention, for the "Not yet available" section. */
const ROUTE_MENTION = /`(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS) (\/[^`\s]*)`/g;
/** A row of the error table: `` | `CODE` | 404 | … | ``. */
const ERROR_ROW = /^\|\s*`([A-Z][A-Z0-9_]*)`\s*\|\s*(\d{3})\s*\|/;

type Line = Readonly<{ section: string; text: string }>;

/** Each line with the `## ` section it belongs to. */
function linesWithSection(markdown: string): Line[] {
  let section = "";
  return markdown.split("\n").map((text) => {
    if (text.startsWith("## ")) section = text.slice(3).trim();
    return { section, text };
  });
}

const docLines = linesWithSection(API_DOC);

function documentedRoutes(): string[] {
  return docLines
    .filter((line) => line.section !== NOT_YET_SECTION)
    .flatMap((line) => {
      const match = ROUTE_ROW.exec(line.text);
      return match ? [`${match[1]} ${match[2]}`] : [];
    });
}

function notYetRoutes(): string[] {
  return docLines
    .filter((line) => line.section === NOT_YET_SECTION)
    .flatMap((line) => [...line.text.matchAll(ROUTE_MENTION)].map((m) => `${m[1]} ${m[2]}`));
}

function errorTable(): Map<string, number> {
  const rows = new Map<string, number>();
  for (const line of docLines.filter((l) => l.section === ERROR_SECTION)) {
    const match = ERROR_ROW.exec(line.text);
    if (match?.[1] && match[2]) rows.set(match[1], Number(match[2]));
  }
  return rows;
}

const read = (path: string) => readFileSync(path, "utf8");

/** The refusal catalogues: every file of src/http that declares one (`… satisfies Catalogue<…>`). */
function catalogueFiles(): string[] {
  const files = readdirSync(HTTP_DIR).filter((name) => /\.tsx?$/.test(name));
  return files.filter((name) => /satisfies Catalogue</.test(read(join(HTTP_DIR, name)))).map((n) => join(HTTP_DIR, n));
}

type Presentation = Readonly<{ status: unknown; title: unknown; detail: unknown }>;

const isPresentation = (value: unknown): value is Presentation =>
  typeof value === "object" &&
  value !== null &&
  typeof (value as Presentation).status === "number" &&
  typeof (value as Presentation).title === "string" &&
  typeof (value as Presentation).detail === "function";

/**
 * Every code of the refusal catalogues with its default status (null when unknown). The exported catalogues are
 * read as objects (each export whose values are presentations); entries of a catalogue that is not exported are
 * found by scanning its source for `CODE: {` and the `status: NNN` that follows.
 */
async function catalogueCodes(): Promise<Map<string, number | null>> {
  const codes = new Map<string, number | null>();
  const files = catalogueFiles();
  expect(files.length, "no refusal catalogue found in src/http").toBeGreaterThan(0);
  for (const file of files) {
    const module = (await import(file)) as Record<string, unknown>;
    for (const exported of Object.values(module)) {
      if (typeof exported !== "object" || exported === null) continue;
      const entries = Object.entries(exported);
      if (entries.length === 0 || !entries.every(([, value]) => isPresentation(value))) continue;
      for (const [code, entry] of entries) codes.set(code, (entry as { status: number }).status);
    }
    for (const match of read(file).matchAll(/^\s+([A-Z][A-Z0-9_]*): \{(?:\s*status: (\d{3}),)?/gm)) {
      const [, code, status] = match;
      if (!code) continue;
      if (status) codes.set(code, Number(status));
      else if (!codes.has(code)) codes.set(code, null);
    }
  }
  return codes;
}

/** Codes the HTTP layer answers itself (not found, validation, body limit, upstream, origin, …). */
function protocolCodes(): Map<string, number | null> {
  const middleware = join(HTTP_DIR, "middleware");
  const files = [
    join(HTTP_DIR, "app.ts"),
    join(HTTP_DIR, "validation.ts"),
    ...readdirSync(middleware)
      .filter((name) => name.endsWith(".ts"))
      .map((name) => join(middleware, name)),
  ];
  const codes = new Map<string, number | null>();
  for (const file of files) {
    const source = read(file);
    for (const match of source.matchAll(/code: "([A-Z][A-Z0-9_]*)"/g)) {
      if (match[1] && !codes.has(match[1])) codes.set(match[1], null);
    }
    for (const match of source.matchAll(/status: (\d{3}),\s*code: "([A-Z][A-Z0-9_]*)"/g)) {
      if (match[2]) codes.set(match[2], Number(match[1]));
    }
  }
  return codes;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(path) : [path];
  });
}

function allSources(dir: string): string {
  return filesUnder(dir)
    .filter((path) => /\.(ts|tsx)$/.test(path))
    .map(read)
    .join("\n");
}

let database: DatabaseHandle;
let operations: Set<string>;
let served: Set<string>;

beforeAll(async () => {
  database = await createTestDatabase();
  // Development mode, so that the /dev routes are part of the document.
  const app = createTestApp(database, { APP_MODE: "development" });
  const document = (await (await app.request("/openapi.json")).json()) as {
    paths: Record<string, Record<string, unknown>>;
  };
  operations = new Set(
    Object.entries(document.paths).flatMap(([path, item]) =>
      METHODS.filter((method) => method in item).map((method) => `${method.toUpperCase()} ${path}`),
    ),
  );
  served = new Set(
    app.routes.filter((r) => r.method !== "ALL").map((r) => `${r.method} ${r.path.replace(/:(\w+)/g, "{$1}")}`),
  );
});
afterAll(() => database.close());

describe("docs/API.md routes", () => {
  it("is compared with a development-mode document", () => {
    expect(operations.has("GET /dev/mailbox")).toBe(true);
    expect(operations.size).toBeGreaterThan(20);
  });

  it("has a row for every operation of the OpenAPI document", () => {
    const documented = new Set(documentedRoutes());
    const missing = [...operations].filter((route) => !documented.has(route)).sort();
    expect(missing, "routes served but absent from docs/API.md").toEqual([]);
  });

  it("documents only routes that exist", () => {
    const unknown = documentedRoutes().filter((route) => !operations.has(route) && !served.has(route));
    expect(unknown, "routes in docs/API.md that the app does not serve").toEqual([]);
  });

  it("documents each route once", () => {
    const routes = documentedRoutes();
    const twice = routes.filter((route, index) => routes.indexOf(route) !== index);
    expect(twice).toEqual([]);
  });

  it("lists under 'Not yet available' only routes that do not exist", () => {
    // The section is found (a renamed heading would make this test pass on nothing); it may list no route.
    expect(docLines.some((line) => line.section === NOT_YET_SECTION)).toBe(true);
    const listed = notYetRoutes();
    const existing = listed.filter((route) => operations.has(route) || served.has(route));
    expect(existing, "implemented routes still listed as not yet available").toEqual([]);
  });
});

describe("docs/API.md error codes", () => {
  const table = errorTable();

  it("lists every code of the refusal catalogues with its default status", async () => {
    const codes = await catalogueCodes();
    expect(codes.size).toBeGreaterThan(20);
    const missing = [...codes.keys()].filter((code) => !table.has(code)).sort();
    expect(missing, "catalogue codes absent from the error table").toEqual([]);
    const wrong = [...codes].filter(([code, status]) => status !== null && table.get(code) !== status);
    expect(wrong, "codes whose status differs from the catalogue's").toEqual([]);
  });

  it("lists every refusal code of the context modules, the shared kernel and the platform", () => {
    const missing = refusalCodes().filter((code) => !table.has(code));
    expect(refusalCodes().length).toBeGreaterThan(20);
    expect(missing, "module refusal codes absent from the error table").toEqual([]);
  });

  it("lists every code the HTTP layer answers itself", () => {
    const codes = protocolCodes();
    expect(codes.has("VALIDATION_FAILED")).toBe(true);
    const missing = [...codes.keys()].filter((code) => !table.has(code)).sort();
    expect(missing, "HTTP-layer codes absent from the error table").toEqual([]);
    const wrong = [...codes].filter(([code, status]) => status !== null && table.get(code) !== status);
    expect(wrong, "codes whose status differs from the code's").toEqual([]);
  });

  it("lists no code the source does not know", () => {
    const source = allSources(join(ROOT, "src"));
    const unknown = [...table.keys()].filter((code) => !source.includes(`"${code}"`) && !source.includes(`${code}:`));
    expect(unknown).toEqual([]);
  });
});

describe("docs stand alone", () => {
  it("send no reader outside the repository: README, docs/, and every comment of src/, tests/, scripts/, bench/", () => {
    // The workplace's shared folder (docs, data, seed); `../shared/ports.ts` and the like are our own modules.
    const outside = /\.\.\/shared\/(?:docs|data|seed)\b|\.\.\/seed\//;
    const files = [
      join(ROOT, "README.md"),
      ...["docs", "src", "tests", "scripts", "bench"].flatMap((folder) => filesUnder(join(ROOT, folder))),
    ].filter((file) => /\.(md|ts|tsx|mjs)$/.test(file) && !file.includes("dependency-rules/fixtures"));
    const offenders = files.filter((file) => outside.test(read(file)));
    expect(offenders.map((file) => file.slice(ROOT.length))).toEqual([]);
  });
});
