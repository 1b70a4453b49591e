import { sql } from "drizzle-orm";
import type { SearchIndex } from "../../../application/search/ports.ts";
import { kindRank, type SearchEntry } from "../../../domain/search/search-entry.ts";
import { copyArray, copyFields, copyInto, copyLine } from "../copy-text.postgres.ts";
import type { Db } from "../database.ts";
import {
  attachPartition,
  createPendingPartition,
  dropPartition,
  generationPartitions,
  lockLivePointer,
  type PartitionIndex,
  partitionOf,
  sealPartition,
} from "../generation-partitions.postgres.ts";
import { rowsOf } from "../rows.ts";
import { arrayLiteral } from "./array-literal.postgres.ts";
import { recordOfEntry } from "./search-rows.postgres.ts";

/** Stale company generations are deleted in slices, each well under the statement timeout (5 s by default). */
const DELETE_SLICE = 20_000;

const liveCompanyGeneration = sql`(select l.generation from search_live_generations l where l.kind = 'company')`;

/**
 * The read model's writes, bound to the caller's database or transaction. Each write is one multi-row statement
 * over one array parameter per column, whatever the batch size.
 */
export function createPgSearchIndex(db: Db): SearchIndex {
  return {
    async put(entries) {
      if (entries.length === 0) return;
      // A company goes to the live list; the first one put before any import makes generation 0 live.
      if (entries.some((entry) => entry.kind === "company")) {
        await db.execute(sql`insert into search_live_generations (kind, generation) values ('company', 0)
          on conflict (kind) do nothing`);
      }
      await write(db, entries);
    },
    async remove(kind, ids) {
      if (ids.length === 0) return;
      const list = sql`(select value from json_array_elements_text(${JSON.stringify(ids)}::json))`;
      await db.execute(sql`
        with gone as (delete from search_items where kind = ${kind}::text and id in ${list})
        delete from search_item_romes where kind_rank = ${kindRank(kind)}::smallint and id in ${list}`);
      if (kind !== "company") return;
      // A generation being filled is not attached yet: it is reached by its own name (few rows ever go this way).
      for (const { generation } of await pendingGenerations(db)) {
        await db.execute(sql`
          with gone as (delete from ${sql.identifier(partitionOf("search_items", generation))} where id in ${list})
          delete from ${sql.identifier(partitionOf("search_item_romes", generation))} where id in ${list}`);
      }
    },
    async beginCompanyGeneration() {
      const pending = await generationPartitions(db, "search_items");
      const rows = rowsOf<{ next: number | string }>(
        await db.execute(sql`select greatest(
            coalesce((select max(generation) from search_items where kind = 'company'), 0),
            coalesce(${liveCompanyGeneration}, 0)) + 1 as next`),
      );
      const generation = Math.max(Number(rows[0]?.next ?? 1), ...pending.map((p) => p.generation + 1));
      await createPendingPartition(db, "search_items", generation);
      await createPendingPartition(db, "search_item_romes", generation);
      return generation;
    },
    appendToCompanyGeneration: (generation, entries) => appendByCopy(db, generation, entries),
    async sealCompanyGeneration(generation) {
      await seal(db, generation, { inTransaction: false });
    },
    // Its own transaction when called alone, a savepoint of the caller's otherwise: the lock lasts until the
    // outermost one ends.
    publishCompanyGeneration: (generation) =>
      db.transaction(async (tx) => {
        await lockLivePointer(tx, "search_live_generations");
        await seal(tx, generation, { inTransaction: true });
        await attachPartition(tx, "search_items", generation);
        await attachPartition(tx, "search_item_romes", generation);
        await tx.execute(sql`insert into search_live_generations (kind, generation) values ('company', ${generation}::int)
          on conflict (kind) do update set generation = excluded.generation`);
      }),
    async dropStaleCompanyGenerations() {
      const [live] = rowsOf<{ generation: number | null }>(
        await db.execute(sql`select ${liveCompanyGeneration} as generation`),
      );
      const liveGeneration =
        live?.generation === null || live?.generation === undefined ? null : Number(live.generation);
      for (const table of ["search_items", "search_item_romes"] as const) {
        for (const partition of await generationPartitions(db, table)) {
          if (partition.generation !== 0 && partition.generation !== liveGeneration) {
            await dropPartition(db, table, partition);
          }
        }
      }
      // Companies put before any import live in generation 0, beside the offers: deleted row by row.
      if (liveGeneration !== 0) {
        await deleteInSlices(db, "search_items", sql`kind = 'company' and generation = 0`);
        await deleteInSlices(db, "search_item_romes", sql`kind_rank = 2 and generation = 0`);
      }
    },
  };
}

/** Unpublished generations (not attached): being filled, or left by an import that died. */
async function pendingGenerations(db: Db) {
  return (await generationPartitions(db, "search_items")).filter((partition) => !partition.attached);
}

/** The indexes of the parent's partitioned ones (drizzle/0015, 0024), so ATTACH adopts them. */
function sealIndexes(generation: number): { items: PartitionIndex[]; romes: PartitionIndex[] } {
  const items = partitionOf("search_items", generation);
  const romes = partitionOf("search_item_romes", generation);
  return {
    items: [
      {
        name: `${items}_pk`,
        create: `alter table ${items} add constraint ${items}_pk primary key (kind, id, generation)`,
      },
    ],
    romes: [
      {
        name: `${romes}_rome_kind_strip_latitude`,
        create: `create index ${romes}_rome_kind_strip_latitude on ${romes} (rome, kind_rank, longitude_strip, latitude)
          include (longitude, x, y, z, generation, sort_key, contract_mask, expires_at, id, diploma_level, lower_romes)`,
      },
      { name: `${romes}_item`, create: `create index ${romes}_item on ${romes} (kind_rank, id)` },
    ],
  };
}

async function seal(db: Db, generation: number, options: Readonly<{ inTransaction: boolean }>) {
  const pending = (await pendingGenerations(db)).some((partition) => partition.generation === generation);
  if (!pending) return;
  const indexes = sealIndexes(generation);
  const items = () => sealPartition(db, "search_items", generation, indexes.items, options);
  const romes = () =>
    sealPartition(db, "search_item_romes", generation, indexes.romes, { ...options, indexOnlyScans: true });
  if (options.inTransaction) {
    await items();
    await romes();
    return;
  }
  // Outside a transaction each seal has its own session: both tables' indexes are built at once. Both are waited
  // for, so a failed import never drops a partition while the other seal still builds on it.
  const [itemsSealed, romesSealed] = await Promise.allSettled([items(), romes()]);
  for (const sealed of [itemsSealed, romesSealed]) if (sealed.status === "rejected") throw sealed.reason;
}

const ITEM_COPY_COLUMNS = [
  "kind",
  "id",
  "generation",
  "title",
  "rome_codes",
  "company_name",
  "city",
  "postcode",
  "latitude",
  "longitude",
  "diploma_level",
  "contract_types",
  "created_at",
  "import_rank",
  "expires_at",
  "can_apply",
  "apply_url",
  "phone",
  "website",
] as const;

/** The ROME row's own fields first, then those all rows of one item share (`appendByCopy` formats them once). */
const ROME_COPY_COLUMNS = [
  "rome",
  "lower_romes",
  "latitude",
  "longitude",
  "x",
  "y",
  "z",
  "longitude_strip",
  "kind_rank",
  "id",
  "generation",
  "sort_key",
  "diploma_level",
  "contract_mask",
  "expires_at",
] as const;

/**
 * Fills an unpublished generation's partitions by COPY (no index to maintain until it is sealed). The caller gives
 * distinct ids within a generation; within one call the first entry of an id wins.
 */
async function appendByCopy(db: Db, generation: number, entries: readonly SearchEntry[]) {
  if (entries.length === 0) return;
  const seen = new Set<string>();
  const items: string[] = [];
  const romes: string[] = [];
  for (const entry of entries) {
    if (seen.has(entry.id)) continue;
    seen.add(entry.id);
    const record = recordOfEntry(entry, generation);
    const codes = [...new Set(record.rome_codes)];
    items.push(
      copyLine([
        record.kind,
        record.id,
        generation,
        record.title,
        copyArray(codes),
        record.company_name,
        record.city,
        record.postcode,
        record.latitude,
        record.longitude,
        record.diploma_level,
        copyArray(record.contract_types),
        record.created_at,
        record.import_rank,
        record.expires_at,
        record.can_apply,
        record.apply_url,
        record.phone,
        record.website,
      ]),
    );
    const shared = copyLine([
      record.latitude,
      record.longitude,
      record.x,
      record.y,
      record.z,
      record.longitude_strip,
      record.kind_rank,
      record.id,
      generation,
      record.sort_key,
      record.filter_level,
      record.contract_mask,
      record.expires_at,
    ]);
    for (const rome of codes) romes.push(`${copyFields([rome, copyArray(lowerRomes(codes, rome))])}\t${shared}`);
  }
  await copyInto(db, partitionOf("search_items", generation), ITEM_COPY_COLUMNS, items.join(""));
  await copyInto(db, partitionOf("search_item_romes", generation), ROME_COPY_COLUMNS, romes.join(""));
}

/** The columns of one write, each bound as ONE array parameter (`unnest` expands them side by side). */
const COLUMNS = [
  ["kind", "text"],
  ["id", "text"],
  ["generation", "int"],
  ["title", "text"],
  ["rome_codes", "text"],
  ["company_name", "text"],
  ["city", "text"],
  ["postcode", "text"],
  ["latitude", "float8"],
  ["longitude", "float8"],
  ["x", "float8"],
  ["y", "float8"],
  ["z", "float8"],
  ["longitude_strip", "smallint"],
  ["diploma_level", "text"],
  ["contract_types", "text"],
  ["created_at", "timestamptz"],
  ["import_rank", "int"],
  ["expires_at", "timestamptz"],
  ["can_apply", "boolean"],
  ["apply_url", "text"],
  ["phone", "text"],
  ["website", "text"],
  ["kind_rank", "smallint"],
  ["sort_key", "bigint"],
  ["filter_level", "text"],
  ["contract_mask", "smallint"],
] as const;

type Column = (typeof COLUMNS)[number][0];
type Cell = string | number | boolean | null;

const ITEM_COLUMNS = sql.raw(
  "kind, id, generation, title, rome_codes, company_name, city, postcode, latitude, longitude, diploma_level, " +
    "contract_types, created_at, import_rank, expires_at, can_apply, apply_url, phone, website",
);

/** `unnest($1::text[], …) as x(kind, …)`: the batch as rows, nested arrays carried as their literals. */
function inputRows(entries: readonly SearchEntry[], generation: number | null) {
  const records = entries.map((entry) => recordOfEntry(entry, generation));
  const cell = (record: (typeof records)[number], column: Column): Cell => {
    if (column === "rome_codes") return arrayLiteral([...new Set(record.rome_codes)]);
    if (column === "contract_types") return record.contract_types && arrayLiteral(record.contract_types);
    return record[column];
  };
  const args = COLUMNS.map(
    ([column, type]) => sql`${arrayLiteral(records.map((r) => cell(r, column)))}::${sql.raw(type)}[]`,
  );
  return sql`unnest(${sql.join(args, sql`, `)}) as x(${sql.raw(COLUMNS.map(([column]) => column).join(", "))})`;
}

/**
 * Writes the entries in search_items and their search_item_romes rows (one per distinct ROME code), in one
 * statement: upserts and replaces the ROME rows (the sub-statements share one snapshot: the delete never sees the
 * rows the insert adds).
 */
async function write(db: Db, entries: readonly SearchEntry[]) {
  if (entries.length === 0) return;
  // One entry per id (an upsert cannot touch one row twice in a statement): the last one wins.
  const unique = new Map<string, SearchEntry>();
  for (const entry of entries) unique.set(`${entry.kind}\u0000${entry.id}`, entry);
  const input = sql`
    input as (
      select x.kind, x.id, coalesce(x.generation, case when x.kind = 'company' then ${liveCompanyGeneration} end, 0)
               as generation, x.title, x.rome_codes::text[] as rome_codes, x.company_name, x.city, x.postcode,
             x.latitude, x.longitude, x.diploma_level, x.contract_types::text[] as contract_types, x.created_at,
             x.import_rank, x.expires_at, x.can_apply, x.apply_url, x.phone, x.website, x.x, x.y, x.z,
             x.longitude_strip, x.kind_rank, x.sort_key,
             x.filter_level, x.contract_mask
        from ${inputRows([...unique.values()], null)}
    )`;
  const romeRows = sql`
    insert into search_item_romes (rome, latitude, longitude, x, y, z, longitude_strip, lower_romes, kind_rank, id,
           generation, sort_key, diploma_level, contract_mask, expires_at)
    select rome, i.latitude, i.longitude, i.x, i.y, i.z, i.longitude_strip,
           nullif(array(select c from unnest(i.rome_codes) c where c < rome order by c), '{}'),
           i.kind_rank, i.id, i.generation, i.sort_key, i.filter_level, i.contract_mask, i.expires_at`;
  await db.execute(sql`
    with ${input},
    items as (
      insert into search_items (${ITEM_COLUMNS}) select ${ITEM_COLUMNS} from input
      on conflict (kind, id, generation) do update set title = excluded.title, rome_codes = excluded.rome_codes,
             company_name = excluded.company_name, city = excluded.city, postcode = excluded.postcode,
             latitude = excluded.latitude, longitude = excluded.longitude, diploma_level = excluded.diploma_level,
             contract_types = excluded.contract_types, created_at = excluded.created_at,
             import_rank = excluded.import_rank, expires_at = excluded.expires_at, can_apply = excluded.can_apply,
             apply_url = excluded.apply_url, phone = excluded.phone, website = excluded.website
    ),
    replaced as (
      delete from search_item_romes r using input i
       where r.kind_rank = i.kind_rank and r.id = i.id and r.generation = i.generation
    )
    ${romeRows} from input i cross join unnest(i.rome_codes) rome`);
}

async function deleteInSlices(db: Db, table: "search_items" | "search_item_romes", where: ReturnType<typeof sql>) {
  const name = sql.identifier(table);
  for (;;) {
    const rows = rowsOf<{ deleted: number | string }>(
      await db.execute(sql`with gone as (
          delete from ${name} where ctid = any(array(select ctid from ${name} where ${where} limit ${DELETE_SLICE}::int))
          returning 1)
        select count(*) as deleted from gone`),
    );
    if (Number(rows[0]?.deleted ?? 0) < DELETE_SLICE) return;
  }
}

/** The item's codes sorting before `rome` (search_item_romes.lower_romes), null when none. */
function lowerRomes(codes: readonly string[], rome: string): string[] | null {
  const lower = codes.filter((code) => code < rome).sort();
  return lower.length > 0 ? lower : null;
}
