import { type SQL, sql } from "drizzle-orm";
import type { CatalogueTraining, Training } from "../../../domain/training/training.ts";

/** A text[] literal of parameters (drizzle would spread a bare array into a list). */
export function textArray(values: readonly string[]): SQL {
  if (values.length === 0) return sql`array[]::text[]`;
  return sql`array[${sql.join(
    values.map((value) => sql`${value}`),
    sql`, `,
  )}]::text[]`;
}

/** earthdistance's point of a place given as parameters. */
export function earthAt(point: Readonly<{ latitude: number; longitude: number }>): SQL {
  return sql`ll_to_earth(${point.latitude}::float8, ${point.longitude}::float8)`;
}

/** A training read by raw SQL: `record` is parsed JSON on PGlite, text or JSON on postgres.js; instants likewise. */
export type RawTrainingRow = { id: string; record: CatalogueTraining | string; updated_at: Date | string };

export function trainingOfRaw(row: RawTrainingRow): Training {
  const record = typeof row.record === "string" ? (JSON.parse(row.record) as CatalogueTraining) : row.record;
  return { ...record, id: row.id, updatedAt: new Date(row.updated_at) };
}
