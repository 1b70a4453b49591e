import { and, desc, eq, inArray, sql } from "drizzle-orm";
import type { CatalogueImport, CatalogueImports } from "../../../application/training/ports.ts";
import type { Db } from "../database.ts";
import { rowsOf } from "../rows.ts";
import { trainingImportRecords, trainingImports } from "./schema.ts";
import { CONTENT_COLUMNS, contentOf } from "./training-rows.postgres.ts";

/** The budget of each statement of the swap (it runs in a job, not in a request). */
const SWAP_STATEMENT_TIMEOUT = "5min";

/** Imports, their staging and the swap on PostgreSQL; the swap is one transaction. */
export function createPgCatalogueImports(db: Db): CatalogueImports {
  const finish = (id: string, status: CatalogueImport["status"], now: Date) =>
    db.update(trainingImports).set({ status, finishedAt: now }).where(eq(trainingImports.id, id));
  return {
    async unfinished(source) {
      const rows = await db
        .select()
        .from(trainingImports)
        .where(and(eq(trainingImports.source, source), inArray(trainingImports.status, ["running", "interrupted"])))
        .orderBy(desc(trainingImports.startedAt))
        .limit(1);
      return rows[0] ? toImport(rows[0]) : null;
    },
    async start(source, now) {
      const [row] = await db
        .insert(trainingImports)
        .values({ source, status: "running", readCount: 0, keptCount: 0, rejected: {}, startedAt: now })
        .returning();
      if (!row) throw new Error("training_imports: insert returned no row");
      return toImport(row);
    },
    stagePage: (importId, { trainings, counts, cursor }) =>
      db.transaction(async (tx) => {
        const rows = [...new Map(trainings.map((t) => [contentOf(t).id, contentOf(t)])).values()];
        if (rows.length > 0) await stageRows(tx, importId, rows);
        await tx
          .update(trainingImports)
          .set({
            status: "running",
            cursor,
            readCount: counts.read,
            keptCount: counts.kept,
            rejected: { ...counts.rejected },
          })
          .where(eq(trainingImports.id, importId));
      }),
    interrupt: async (importId, now) => {
      await finish(importId, "interrupted", now);
    },
    async refuseEmpty(importId, now) {
      await db.transaction(async (tx) => {
        await tx.delete(trainingImportRecords).where(eq(trainingImportRecords.importId, importId));
        await tx
          .update(trainingImports)
          .set({ status: "refused_empty", finishedAt: now })
          .where(eq(trainingImports.id, importId));
      });
    },
    apply: (importId, now) => db.transaction((tx) => swap(tx, importId, now)),
  };
}

/**
 * The page's rows as one JSON parameter expanded by the database: a statement with thousands of parameters costs
 * more to parse than the writes themselves (measured on PGlite: 4,357 rows staged in 1.8 s that way).
 */
async function stageRows(tx: Db, importId: string, rows: readonly ReturnType<typeof contentOf>[]) {
  const json = JSON.stringify(rows.map((row) => ({ ...snakeCased(row), import_id: importId })));
  const columns = sql.raw(CONTENT_COLUMNS.join(", "));
  await tx.execute(sql`
    insert into training_import_records (import_id, ${columns})
    select import_id, ${columns} from jsonb_to_recordset(${json}::jsonb) as r(
      import_id uuid, id text, catalogue_key text, record jsonb, title text, diploma_level text, rome_codes text[],
      formateur_siret text, qualiopi boolean, latitude float8, longitude float8, search_text text, codes text[])
    on conflict (import_id, id) do update set ${contentUpdates()}`);
}

/** `column = excluded.column` for every content column but the id. */
function contentUpdates() {
  return sql.raw(
    CONTENT_COLUMNS.filter((column) => column !== "id")
      .map((column) => `${column} = excluded.${column}`)
      .join(", "),
  );
}

function snakeCased(row: ReturnType<typeof contentOf>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(row).map(([key, value]) => [key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`), value]),
  );
}

/** docs/ARCHITECTURE.md "Databases": the old catalogue or the new one, never a mix, for every reader. */
async function swap(tx: Db, importId: string, now: Date): Promise<{ removed: number }> {
  // A whole catalogue (tens of thousands of rows) may take longer than a request's DATABASE_STATEMENT_TIMEOUT_MS.
  await tx.execute(sql`set local statement_timeout = ${sql.raw(`'${SWAP_STATEMENT_TIMEOUT}'`)}`);
  const at = sql`${now.toISOString()}::timestamptz`;
  const columns = sql.raw(CONTENT_COLUMNS.join(", "));
  const [run] = await tx
    .select({ source: trainingImports.source })
    .from(trainingImports)
    .where(eq(trainingImports.id, importId));
  await tx.execute(sql`
    insert into trainings (${columns}, source, updated_at, removed_at)
    select ${columns}, ${run?.source ?? "unknown"}, ${at}, null from training_import_records where import_id = ${importId}
    on conflict (id) do update set ${contentUpdates()}, source = excluded.source, updated_at = excluded.updated_at, removed_at = null
     where trainings.record is distinct from excluded.record or trainings.removed_at is not null`);
  const removed = await tx.execute(sql`
    update trainings t set removed_at = ${at}, updated_at = ${at}
     where t.removed_at is null
       and not exists (select 1 from training_import_records s where s.import_id = ${importId} and s.id = t.id)
    returning t.id`);
  await tx.delete(trainingImportRecords).where(eq(trainingImportRecords.importId, importId));
  const count = rowsOf(removed).length;
  await tx
    .update(trainingImports)
    .set({ status: "applied", finishedAt: now, removedCount: count })
    .where(eq(trainingImports.id, importId));
  return { removed: count };
}

function toImport(row: typeof trainingImports.$inferSelect): CatalogueImport {
  return {
    id: row.id,
    source: row.source,
    status: row.status as CatalogueImport["status"],
    cursor: row.cursor,
    counts: { read: row.readCount, kept: row.keptCount, rejected: row.rejected },
    startedAt: row.startedAt,
  };
}
