import fc from "fast-check";
import type { JsonSchema } from "./operations.ts";

/** Values seen in 2xx answers, by property name (`id`, `userId`, `siret`…): path parameters draw from them. */
export type Harvest = Map<string, string[]>;

const types = (schema: JsonSchema): readonly string[] =>
  schema.type === undefined ? [] : typeof schema.type === "string" ? [schema.type] : schema.type;

/**
 * A value the schema accepts, or close to it: its example, else its first enum value, else the simplest value of
 * its type. Objects get their required properties and the optional ones that have an example.
 */
export function validValue(schema: JsonSchema, name = "", harvest: Harvest = new Map()): unknown {
  if (schema.example !== undefined) return schema.example;
  if (schema.examples?.length) return schema.examples[0];
  if (schema.const !== undefined) return schema.const;
  if (schema.enum?.length) return schema.enum.find((value) => value !== null) ?? schema.enum[0];
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives?.length)
    return validValue(alternatives.find((s) => !types(s).includes("null")) ?? {}, name, harvest);
  const type = types(schema).find((t) => t !== "null") ?? "string";
  if (type === "object") {
    const required = new Set(schema.required ?? []);
    const entries = Object.entries(schema.properties ?? {}).filter(
      ([key, s]) => required.has(key) || s.example !== undefined,
    );
    return Object.fromEntries(entries.map(([key, s]) => [key, validValue(s, key, harvest)]));
  }
  if (type === "array")
    return Array.from({ length: Math.max(1, schema.minItems ?? 1) }, () =>
      validValue(schema.items ?? {}, name, harvest),
    );
  if (type === "integer" || type === "number") return Math.min(Math.max(schema.minimum ?? 1, 1), schema.maximum ?? 1);
  if (type === "boolean") return true;
  return stringValue(schema, name, harvest);
}

function stringValue(schema: JsonSchema, name: string, harvest: Harvest): string {
  const seen = harvest.get(name)?.at(-1);
  if (seen) return seen;
  if (schema.format === "date-time") return "2026-12-01T08:00:00Z";
  if (schema.format === "date") return "2027-01-04";
  if (schema.format === "email" || /mail/i.test(name)) return "zoe.martin@exemple.fr";
  return "texte".padEnd(schema.minLength ?? 0, "x");
}

/** Values of every kind that a field of any type may receive by mistake or malice. */
export const JUNK: readonly unknown[] = [
  null,
  "",
  " ",
  "\u0000",
  "zoé\u0000@exemple.fr",
  "x".repeat(20_000),
  "🦄".repeat(500),
  "\ud800e\u0301\u202e\u200b",
  "' OR 1=1 --<script>",
  "%00%ZZ",
  "constructor",
  "__proto__",
  "0000-01-01T00:00:00Z",
  "9999-12-31T23:59:59-01:00",
  "2026-02-30",
  "+33 6 12 34 56 78",
  "-1",
  0,
  -1,
  1.5,
  2 ** 53 + 1,
  -1e308,
  true,
  [],
  ["texte", 1],
  {},
  JSON.parse('{"__proto__":{"polluted":true}}'),
];

/** One value of each kind: every body field gets them, nested fields only them (tests/support/fuzz/cases.ts). */
export const NESTED_JUNK: readonly unknown[] = [null, "\u0000", "x".repeat(20_000), -1, 1.5, true, [], {}];

/** Junk for a path segment or a query value (text only), sent percent-encoded unless it is an escape itself. */
export const JUNK_TEXT: readonly string[] = [
  " ",
  "%00",
  "a%00b",
  "%ZZ",
  "%E9",
  "x".repeat(5_000),
  "🦄",
  "\u202e",
  "..",
  "%2F%2E%2E",
  "constructor",
  "__proto__",
  "' OR 1=1 --",
  "0000-01-01T00:00:00Z",
  "-1",
  "0",
  "1.5",
  "99999999999999999999",
  "00000000-0000-0000-0000-000000000000",
  // Shaped like a link token (43 base64url characters): gets past the pages' token check to the database.
  "A".repeat(43),
];

/** Any JSON value, deep or odd, for the randomised cases. */
export const anyJson: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(...JUNK),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.jsonValue({ maxDepth: 3 }),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);

/** Any text for a path segment or query value (encoded before sending). */
export const anyText: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...JUNK_TEXT),
  fc.string({ unit: "binary", maxLength: 30 }),
  fc.string({ unit: "grapheme-ascii", maxLength: 30 }),
);
