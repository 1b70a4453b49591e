/**
 * A PostgreSQL array literal (docs "Arrays", 8.15.2) of one column's values, passed as ONE text parameter and cast
 * by the statement (`$1::text[]`): postgres.js through drizzle cannot bind a JS array, and a literal is parsed by
 * the server faster than the same rows as JSON. Every element is double-quoted, backslash-escaped; null is NULL.
 */
export function arrayLiteral(values: readonly (string | number | boolean | null)[]): string {
  return `{${values.map(elementOf).join(",")}}`;
}

function elementOf(value: string | number | boolean | null): string {
  if (value === null) return "NULL";
  if (typeof value === "boolean") return value ? "t" : "f";
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new RangeError(`not a finite number: ${value}`);
    return String(value);
  }
  return `"${value.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;
}
