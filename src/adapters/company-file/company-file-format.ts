import type { CompanyFileLine, RawCompanyRow } from "../../domain/hiring-company/company-row.ts";

/** docs/DATA.md "Algorithm companies file": the columns (CSV header) or keys (JSON lines), in this order. */
export const COMPANY_FILE_COLUMNS = [
  "siret",
  "raison_sociale",
  "enseigne",
  "naf",
  "adresse",
  "code_postal",
  "commune",
  "code_insee",
  "latitude",
  "longitude",
  "romes",
  "email",
  "telephone",
  "site_web",
] as const;

type Column = (typeof COMPANY_FILE_COLUMNS)[number];

const COLUMN_INDEX = Object.fromEntries(COMPANY_FILE_COLUMNS.map((column, i) => [column, i])) as Record<Column, number>;

const text = (value: unknown): string =>
  typeof value === "string" ? value.trim() : typeof value === "number" ? String(value) : "";

/** CSV `romes`: `D1102:87|D1104:60`; empty → no pair; a part without its score → unreadable (null). */
function romesOfCsv(value: string): RawCompanyRow["romes"] {
  if (value.trim() === "") return [];
  const pairs = value.split("|").map((part) => part.split(":"));
  if (pairs.some((pair) => pair.length !== 2)) return null;
  return pairs.map(([rome = "", score = ""]) => ({ rome: rome.trim(), score: score.trim() }));
}

/** JSON lines `romes`: `[{"rome":"D1102","score":87}]`. */
function romesOfJson(value: unknown): RawCompanyRow["romes"] {
  if (value === undefined || value === null || value === "") return [];
  if (!Array.isArray(value)) return null;
  const pairs = value.map((item) =>
    item && typeof item === "object" ? { rome: text(item.rome), score: text(item.score) } : null,
  );
  return pairs.every((pair) => pair !== null) ? pairs : null;
}

function rowOf(get: (column: Column) => string, romes: RawCompanyRow["romes"]): RawCompanyRow {
  return {
    siret: get("siret"),
    raisonSociale: get("raison_sociale"),
    enseigne: get("enseigne"),
    naf: get("naf"),
    adresse: get("adresse"),
    codePostal: get("code_postal"),
    commune: get("commune"),
    codeInsee: get("code_insee"),
    latitude: get("latitude"),
    longitude: get("longitude"),
    romes,
    email: get("email"),
    telephone: get("telephone"),
    siteWeb: get("site_web"),
  };
}

/** One CSV record (fields in the header's order); a record with another number of fields is unreadable. */
export function lineOfCsvRecord(record: readonly string[]): CompanyFileLine {
  if (record.length !== COMPANY_FILE_COLUMNS.length) return { kind: "unreadable" };
  const get = (column: Column) => text(record[COLUMN_INDEX[column]]);
  return { kind: "row", row: rowOf(get, romesOfCsv(get("romes"))) };
}

/** One JSON line; not an object → unreadable. */
export function lineOfJson(line: string): CompanyFileLine {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return { kind: "unreadable" };
  }
  if (!value || typeof value !== "object" || Array.isArray(value)) return { kind: "unreadable" };
  const object = value as Record<string, unknown>;
  return { kind: "row", row: rowOf((column) => text(object[column]), romesOfJson(object.romes)) };
}
