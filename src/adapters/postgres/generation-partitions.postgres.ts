import { sql } from "drizzle-orm";
import type { Db } from "./database.ts";
import { onReservedConnection, serverClientOf } from "./reserved-connection.postgres.ts";
import { rowsOf } from "./rows.ts";

/**
 * A table partitioned by `generation` (LIST), e.g. the search read model's two tables and hiring_companies: each
 * generation's partition is `<table>_g<N>`. Names are the adapters' own constants, never input.
 */
export type GenerationTable = string;

/** An index or constraint a generation's partition gets once loaded, named so that a second seal skips it. */
export type PartitionIndex = Readonly<{ name: string; create: string }>;

/** Building one index over 300,000 companies takes about a second; a busy machine may need many more. */
const SEAL_STATEMENT_TIMEOUT = "120s";

export function partitionOf(table: GenerationTable, generation: number): string {
  if (!/^[a-z_]+$/.test(table)) throw new RangeError(`not a table name: ${table}`);
  if (!Number.isSafeInteger(generation) || generation < 0) throw new RangeError(`not a generation: ${generation}`);
  return `${table}_g${generation}`;
}

/**
 * Every `<table>_g<N>` table: attached (a partition searches read) or pending (an unpublished generation being
 * filled, or left behind by an import that died).
 */
export async function generationPartitions(
  db: Db,
  table: GenerationTable,
): Promise<{ generation: number; attached: boolean }[]> {
  const rows = rowsOf<{ generation: number | string; attached: boolean }>(
    await db.execute(sql`
      select substring(c.relname from '_g([0-9]+)$')::int as generation, c.relispartition as attached
        from pg_class c
       where c.relkind = 'r' and c.relname ~ ${`^${table}_g[0-9]+$`} and pg_table_is_visible(c.oid)`),
  );
  return rows.map((row) => ({ generation: Number(row.generation), attached: row.attached }));
}

/**
 * A new, unindexed and unattached partition: invisible to every query of the parent, cheap to fill. Its CHECK
 * constraint matches the partition bound, so ATTACH needs no validation scan.
 */
export async function createPendingPartition(db: Db, table: GenerationTable, generation: number): Promise<void> {
  const name = partitionOf(table, generation);
  await db.execute(
    sql.raw(`create table if not exists ${name} (like ${table} including defaults,
      constraint ${name}_generation check (generation = ${generation}))`),
  );
}

/**
 * Builds the partition's indexes once it is full (those of the parent's partitioned indexes, so that ATTACH adopts
 * them instead of building its own). Outside a transaction: its statistics too (`analyze`), and for a partition
 * read by index-only scans (`indexOnlyScans`) its visibility map (`vacuum`), so the first searches already get
 * them; the others are read through their heap anyway, and a vacuum would only double their seal.
 */
export async function sealPartition(
  db: Db,
  table: GenerationTable,
  generation: number,
  indexes: readonly PartitionIndex[],
  options: Readonly<{ inTransaction: boolean; indexOnlyScans?: boolean }>,
): Promise<void> {
  const name = partitionOf(table, generation);
  const missing: PartitionIndex[] = [];
  for (const index of indexes) {
    const [found] = rowsOf<{ oid: unknown }>(await db.execute(sql`select to_regclass(${index.name}) as oid`));
    if (found?.oid === null || found?.oid === undefined) missing.push(index);
  }
  if (options.inTransaction) {
    const [previous] = rowsOf<{ timeout: string }>(
      await db.execute(sql`select current_setting('statement_timeout') as timeout`),
    );
    await db.execute(sql`select set_config('statement_timeout', ${SEAL_STATEMENT_TIMEOUT}, true)`);
    for (const index of missing) await db.execute(sql.raw(index.create));
    await db.execute(sql`select set_config('statement_timeout', ${previous?.timeout ?? "0"}, true)`);
    return;
  }
  await withLongStatements(db, async (run) => {
    for (const index of missing) await run(index.create);
    await run(options.indexOnlyScans ? `vacuum (analyze) ${name}` : `analyze ${name}`);
  });
}

/**
 * Takes `table`, the caller's own table naming its live generation (an adapter's constant, never input), for the
 * rest of the caller's (publishing) transaction, readers included. A read takes its snapshot only after locking
 * what it reads, so with this lock held no read can plan without the partition being attached and then see the
 * pointer moved to it: that read would find no row at all (ATTACH alone lets reads run on, seen as an empty company
 * list in the middle of an import). Reads wait for the few milliseconds the transaction lasts; those already
 * running finish first.
 */
export async function lockLivePointer(db: Db, table: string): Promise<void> {
  await db.execute(sql.raw(`lock table ${table} in access exclusive mode`));
}

/** Attaches a pending partition (in the caller's transaction); an attached or missing one is left as it is. */
export async function attachPartition(db: Db, table: GenerationTable, generation: number): Promise<void> {
  const found = (await generationPartitions(db, table)).find((partition) => partition.generation === generation);
  if (!found || found.attached) return;
  await db.execute(
    sql.raw(`alter table ${table} attach partition ${partitionOf(table, generation)} for values in (${generation})`),
  );
}

/**
 * Drops a generation's partition. An attached one is first detached CONCURRENTLY on a server, so that searches
 * and writes of the other partitions are never queued behind an ACCESS EXCLUSIVE lock on the parent.
 */
export async function dropPartition(
  db: Db,
  table: GenerationTable,
  partition: Readonly<{ generation: number; attached: boolean }>,
): Promise<void> {
  const name = partitionOf(table, partition.generation);
  if (partition.attached && serverClientOf(db)) {
    await withLongStatements(db, (run) => run(`alter table ${table} detach partition ${name} concurrently`));
  }
  await db.execute(sql.raw(`drop table if exists ${name}`));
}

/**
 * Runs statements outside transactions with a longer statement timeout: on a server, on one reserved connection
 * (the pool's others keep theirs); on PGlite (one session), by setting it and restoring it.
 */
async function withLongStatements(db: Db, work: (run: (text: string) => Promise<unknown>) => Promise<unknown>) {
  const server = serverClientOf(db);
  if (server) {
    await onReservedConnection(server, async (reserved) => {
      await reserved.unsafe(`set statement_timeout = '${SEAL_STATEMENT_TIMEOUT}'`);
      try {
        await work((text) => reserved.unsafe(text));
      } finally {
        await reserved.unsafe("reset statement_timeout").catch(() => {});
      }
    });
    return;
  }
  await work((text) => db.execute(sql.raw(text)));
}
