import { copyOnServer } from "./copy-on-server.postgres.ts";
import type { Db } from "./database.ts";
import { serverClientOf } from "./reserved-connection.postgres.ts";
import { arrayLiteral } from "./search/array-literal.postgres.ts";

export type CopyCell = string | number | boolean | null;

/**
 * One row of COPY's text format (docs "COPY", File Formats → Text Format): fields separated by a tab, `\N` for
 * null, backslash, tab, newline and carriage return escaped with a backslash; the line ends with a newline.
 */
export function copyLine(cells: readonly CopyCell[]): string {
  return `${copyFields(cells)}\n`;
}

/** The fields of a row, tab-separated, without the line's end: a start that several lines share. */
export function copyFields(cells: readonly CopyCell[]): string {
  let fields = copyField(cells[0] ?? null);
  for (let i = 1; i < cells.length; i++) fields += `\t${copyField(cells[i] ?? null)}`;
  return fields;
}

/** An array column's field: its literal (`{"a","b"}`), then escaped as any text. */
export function copyArray(values: readonly (string | number | null)[] | null): CopyCell {
  return values === null ? null : arrayLiteral(values);
}

const SPECIAL = /[\\\t\n\r\0]/g;
const HAS_SPECIAL = /[\\\t\n\r\0]/;
/** PostgreSQL's text cannot hold U+0000 (COPY refuses the whole batch): it is dropped. */
const ESCAPES: Record<string, string> = { "\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r", "\0": "" };

function copyField(value: CopyCell): string {
  if (value === null) return "\\N";
  if (typeof value === "boolean") return value ? "t" : "f";
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new RangeError(`not a finite number: ${value}`);
    return String(value);
  }
  return HAS_SPECIAL.test(value) ? value.replace(SPECIAL, (char) => ESCAPES[char] ?? char) : value;
}

type PgliteClient = { query(text: string, params: unknown[], options: { blob: Blob }): Promise<unknown> };

/**
 * `COPY table (columns) FROM STDIN` of these text-format lines, through the driver's own client (`db.$client`:
 * postgres.js streams them, PGlite reads them from a blob). Only the database handle has a client, not a
 * transaction: unpublished generations are loaded outside transactions. `table` and `columns` are trusted names.
 */
export async function copyInto(db: Db, table: string, columns: readonly string[], lines: string): Promise<void> {
  const statement = `copy ${table} (${columns.join(", ")}) from`;
  const server = serverClientOf(db);
  if (server) {
    await copyOnServer(server, `${statement} stdin`, lines);
    return;
  }
  const client = (db as unknown as { $client?: unknown }).$client;
  if (client && typeof (client as Partial<PgliteClient>).query === "function") {
    await (client as PgliteClient).query(`${statement} '/dev/blob'`, [], { blob: new Blob([lines]) });
    return;
  }
  throw new TypeError("COPY needs the database handle (db.$client), not a transaction");
}
