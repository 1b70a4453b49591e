import fc from "fast-check";
import type { JsonSchema, Operation } from "./operations.ts";
import { anyJson, anyText, type Harvest, JUNK, JUNK_TEXT, NESTED_JUNK, validValue } from "./values.ts";

/** One request of the fuzz test, ready for `app.request`. */
export type Case = Readonly<{
  label: string;
  path: Readonly<Record<string, string>>;
  query: readonly (readonly [string, string])[];
  headers: Readonly<Record<string, string>>;
  body?: string;
}>;

const JSON_TYPE = { "content-type": "application/json" };

/** A segment or query value sent as typed: an escape sequence (`%00`, `%ZZ`) stays one, anything else is encoded. */
const encoded = (text: string) => (/%[0-9A-Z]{2}/i.test(text) ? text : encodeURIComponent(text));

/** The request the schema describes: valid path, required or exemplified query values, a valid body. */
export function baseCase(operation: Operation, harvest: Harvest): Case {
  const params = (where: string) => operation.parameters.filter((p) => p.in === where);
  const value = (p: Operation["parameters"][number]) =>
    encodeURIComponent(String(validValue(p.schema, p.name, harvest)));
  const path = Object.fromEntries(params("path").map((p) => [p.name, value(p)]));
  const query = params("query")
    .filter((p) => p.required || p.schema.example !== undefined)
    .map((p) => [p.name, value(p)] as const);
  const body = operation.body ? JSON.stringify(validValue(operation.body.schema, "", harvest)) : undefined;
  return { label: "valid", path, query, headers: body ? JSON_TYPE : {}, body };
}

/** The fixed list: each junk value in each path parameter, query parameter and body field, then whole bodies. */
export function edgeCases(operation: Operation, base: Case): Case[] {
  const cases: Case[] = [];
  for (const p of operation.parameters) {
    for (const text of JUNK_TEXT) {
      const value = encoded(text);
      if (p.in === "path")
        cases.push({ ...base, label: `path ${p.name}=${text.slice(0, 20)}`, path: { ...base.path, [p.name]: value } });
      if (p.in === "query")
        cases.push({
          ...base,
          label: `query ${p.name}=${text.slice(0, 20)}`,
          query: [...base.query.filter(([n]) => n !== p.name), [p.name, value]],
        });
    }
    if (p.in === "query")
      cases.push({ ...base, label: `query ${p.name} twice`, query: [...base.query, [p.name, "1"], [p.name, "2"]] });
  }
  if (operation.body) cases.push(...bodyCases(operation.body.schema, base));
  else cases.push({ ...base, label: "unexpected body", headers: JSON_TYPE, body: '{"a":"\\u0000"}' });
  return cases;
}

function bodyCases(schema: JsonSchema, base: Case): Case[] {
  const value = JSON.parse(base.body ?? "null") as unknown;
  const withBody = (label: string, body: string | undefined, headers: Record<string, string> = JSON_TYPE): Case => ({
    ...base,
    label,
    body,
    headers,
  });
  const cases = [
    withBody("no body", undefined, {}),
    withBody("empty body", ""),
    ...["{", '{"a":', "nul", "null", "[]", '"texte"', "42", "true", '{"__proto__":{"x":1}}'].map((b) =>
      withBody(`body ${b}`, b),
    ),
    ...[
      "text/plain",
      "application/x-www-form-urlencoded",
      "multipart/form-data",
      "multipart/form-data; boundary=x",
      "application/json; charset=utf-16",
      "application/merge-patch+json",
      "application/xml",
    ].map((type) => withBody(`content-type ${type}`, base.body, { "content-type": type })),
    withBody("JSON body without content type", base.body, {}),
    withBody("extra field", JSON.stringify({ ...(value as object), champInconnu: "x", "é\u0000": 1 })),
  ];
  const paths = fieldPaths(schema);
  // Every field gets one value of each kind; the other junk values are dealt out over the fields, up to four ways.
  const stride = Math.min(4, paths.length);
  for (const [index, fieldPath] of paths.entries()) {
    cases.push(withBody(`without ${fieldPath.join(".")}`, JSON.stringify(setAt(value, fieldPath, undefined))));
    const dealt = JUNK.filter((junk, j) => !NESTED_JUNK.includes(junk) && j % stride === index % stride);
    for (const junk of fieldPath.length > 1 ? NESTED_JUNK : [...NESTED_JUNK, ...dealt]) {
      const label = `${fieldPath.join(".")}=${JSON.stringify(junk)?.slice(0, 20)}`;
      cases.push(withBody(label, JSON.stringify(setAt(value, fieldPath, junk))));
    }
  }
  return cases;
}

/** The property paths of an object schema, nested objects and first array items included, down to `depth`. */
function fieldPaths(schema: JsonSchema, depth = 3): string[][] {
  if (depth === 0) return [];
  const properties = schema.properties ?? schema.anyOf?.find((s) => s.properties)?.properties ?? {};
  return Object.entries(properties).flatMap(([key, child]) => [
    [key],
    ...fieldPaths(child, depth - 1).map((rest) => [key, ...rest]),
    ...(child.items ? fieldPaths(child.items, depth - 1).map((rest) => [key, "0", ...rest]) : []),
  ]);
}

/** A copy of `value` with `path` set (undefined: removed), creating objects on the way. */
function setAt(value: unknown, path: readonly string[], replacement: unknown): unknown {
  const [head, ...rest] = path;
  if (head === undefined) return replacement;
  const container: Record<string, unknown> = Array.isArray(value)
    ? ([...value] as unknown as Record<string, unknown>)
    : { ...(typeof value === "object" && value !== null ? value : {}) };
  const next = setAt(container[head], rest, replacement);
  if (next === undefined) delete container[head];
  else container[head] = next;
  return container;
}

/** Randomised cases (fixed seed): several parts of the base request replaced at once with arbitrary values. */
export function randomCases(operation: Operation, base: Case, seed: number, count: number): Case[] {
  const paramNames = operation.parameters.filter((p) => p.in !== "header" && p.in !== "cookie").map((p) => p.name);
  const fields = operation.body ? fieldPaths(operation.body.schema) : [];
  const arbitrary = fc.record({
    params: fc.dictionary(fc.constantFrom("extra", ...paramNames), anyText, { maxKeys: 3 }),
    fields: fc.array(fc.tuple(fc.constantFrom(["champ"], ...fields), anyJson), { maxLength: 4 }),
    wholeBody: fc.option(
      fc.oneof(
        anyJson.map((v) => JSON.stringify(v) ?? ""),
        fc.string({ unit: "binary" }),
      ),
      { freq: 5 },
    ),
  });
  return fc.sample(arbitrary, { seed, numRuns: count }).map((drawn, index) => {
    const pathNames = new Set(operation.parameters.filter((p) => p.in === "path").map((p) => p.name));
    const path = { ...base.path };
    const query = [...base.query];
    for (const [name, text] of Object.entries(drawn.params)) {
      if (pathNames.has(name)) path[name] = encoded(text);
      else query.push([name, encoded(text)]);
    }
    let body = base.body === undefined ? undefined : (JSON.parse(base.body) as unknown);
    for (const [fieldPath, junk] of drawn.fields) body = setAt(body, fieldPath, junk);
    const text = drawn.wholeBody ?? (body === undefined ? undefined : JSON.stringify(body));
    return { label: `random #${index}`, path, query, headers: text === undefined ? {} : JSON_TYPE, body: text };
  });
}
