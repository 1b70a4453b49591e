import { type SQL, sql } from "drizzle-orm";
import { PgDialect } from "drizzle-orm/pg-core";
import type { JobSearchQuery } from "../../../application/search/ports.ts";
import { boundingBox, type LongitudeSpan } from "../../../domain/search/bounding-box.ts";
import { chordSquaredOfKm, unitVectorOf } from "../../../domain/search/great-circle.ts";
import { CONTRACT_BITS } from "../../../domain/search/search-filters.ts";

const float = (value: number) => sql`${value}::float8`;

/**
 * The jobs search as ONE statement, so the page and the per-kind totals describe one snapshot (an import's swap, a
 * closed offer). The plan it is written for (docs/PERFORMANCE.md, docs/adr/0019):
 * - `totals`: Index Only Scans of `search_item_romes_rome_kind_latitude` (rome, kind_rank, latitude) INCLUDE (…),
 *   with the ROME codes, the three kinds and the latitude band as index conditions; the longitude band, expiry, the
 *   live company generation, the filters, "first matching code of its item" (`lower_romes`, so no grouping) and the
 *   squared chord against the radius's are checked on the index tuples, without a trigonometric call;
 * - `p0`, `p1`, `p2`: the page's share of each kind, known from the totals (a LIMIT of 0 reads nothing), each a
 *   top-N sort of that kind's rows only: page 1 around Paris sorts the 180 offers, not the 4,700 items;
 * - a join to `search_items` for the page's display rows only.
 * `chord2` comes back with each row: the reader turns it into km with the domain's formula. The statement is
 * prepared once per connection on PostgreSQL (search-reader.postgres.ts): its planning costs as much as running it.
 */
export function jobSearchSql(query: JobSearchQuery): SQL {
  const box = boundingBox(query.origin, query.radiusKm);
  const codes = sql`array[${sql.join(
    query.romeCodes.map((code) => sql`${code}`),
    sql`, `,
  )}]::text[]`;
  const level = query.diplomaLevel
    ? sql`and (r.diploma_level is null or r.diploma_level = ${query.diplomaLevel}::text)`
    : sql``;
  const contract = query.contractType
    ? sql`and (r.contract_mask is null or r.contract_mask & ${CONTRACT_BITS[query.contractType]}::smallint <> 0)`
    : sql``;
  const origin = unitVectorOf(query.origin);
  const chord2 = sql`(r.x - ${float(origin.x)}) * (r.x - ${float(origin.x)}) + (r.y - ${float(origin.y)}) * (r.y - ${float(origin.y)}) + (r.z - ${float(origin.z)}) * (r.z - ${float(origin.z)})`;
  const offset = sql`${query.offset}::int`;
  const end = sql`(${query.offset}::int + ${query.limit}::int)`;
  const live = sql`(select l.generation from search_live_generations l where l.kind = 'company')`;
  /** Kind `kindRank`'s share of the page; `before` counts the items of the kinds ranked before it (in `totals`). */
  const pageOf = (kindRank: number, generation: SQL, before: SQL) => sql`(
      select n.kind_rank, n.id, n.generation, n.sort_key, n.chord2
        from near n
       where n.kind_rank = ${sql.raw(String(kindRank))}::smallint and n.generation = ${generation}
       order by n.chord2, n.sort_key, n.id collate "C"
       limit (select greatest(0, least(${end}, ${before} + t${sql.raw(String(kindRank))}) - greatest(${offset}, ${before})) from totals)
      offset (select greatest(0, ${offset} - ${before}) from totals))`;
  return sql`
    with near as not materialized (
      select r.kind_rank, r.id, r.generation, r.sort_key, ${chord2} as chord2
        from search_item_romes r
       where r.rome = any(${codes})
         and r.latitude between ${float(box.minLatitude)} and ${float(box.maxLatitude)}
         ${longitudeCondition(box.longitudes)}
         and (r.lower_romes is null or not r.lower_romes && ${codes})
         and (r.expires_at is null or r.expires_at > ${query.now.toISOString()}::timestamptz)
         ${level} ${contract}
         and ${chord2} <= ${float(chordSquaredOfKm(query.radiusKm))}
    ),
    totals as (
      select count(*) filter (where n.kind_rank = 0) as t0,
             count(*) filter (where n.kind_rank = 1) as t1,
             count(*) filter (where n.kind_rank = 2) as t2
        from near n
       where n.kind_rank = any(array[0, 1, 2]::smallint[]) and n.generation = any(array[0, ${live}])
    ),
    page as (
      ${pageOf(0, sql`0`, sql`0`)}
      union all
      ${pageOf(1, sql`0`, sql`t0`)}
      union all
      ${pageOf(2, live, sql`(t0 + t1)`)}
    )
    select t.t0 as offers, t.t1 as partner_offers, t.t2 as companies, p.chord2, i.kind, i.id, i.title, i.rome_codes,
           i.company_name, i.city, i.postcode, i.latitude, i.longitude, i.diploma_level, i.contract_types,
           i.created_at, i.import_rank, i.expires_at, i.can_apply, i.apply_url, i.phone, i.website
      from totals t
      left join (page p
        join search_items i
          on i.kind = (case p.kind_rank when 0 then 'offer' when 1 then 'partner_offer' else 'company' end)
         and i.id = p.id and i.generation = p.generation) on true
     order by p.kind_rank, p.chord2, p.sort_key, p.id collate "C"`;
}

/**
 * The statement the reader runs, as text and values: what the benchmark runs directly with postgres.js
 * `sql.unsafe(text, values)` as the database's floor.
 */
export function jobSearchStatement(query: JobSearchQuery): { text: string; values: unknown[] } {
  const { sql: text, params } = dialect.sqlToQuery(jobSearchSql(query));
  return { text, values: params };
}

const dialect = new PgDialect();

function longitudeCondition(span: LongitudeSpan): SQL {
  switch (span.kind) {
    case "all":
      return sql``;
    case "between":
      return sql`and r.longitude between ${float(span.min)} and ${float(span.max)}`;
    case "wrapped":
      return sql`and (r.longitude >= ${float(span.from)} or r.longitude <= ${float(span.to)})`;
  }
}
