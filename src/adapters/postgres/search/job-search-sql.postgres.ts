import { type Placeholder, type SQL, sql } from "drizzle-orm";
import { PgDialect } from "drizzle-orm/pg-core";
import type { JobSearchQuery } from "../../../application/search/ports.ts";
import { boundingBox, type LongitudeSpan, longitudeStripsOf } from "../../../domain/search/bounding-box.ts";
import { chordSquaredOfKm, unitVectorOf } from "../../../domain/search/great-circle.ts";
import { CONTRACT_BITS } from "../../../domain/search/search-filters.ts";
import type { Statement } from "../prepared-query.postgres.ts";

/**
 * What makes two searches' statements differ in text, not only in values: how many code and strip parameters,
 * which optional filters, how the longitudes are bounded. Each shape's text is built once (`jobSearchStatement`)
 * and PostgreSQL prepares it once per connection, so a search only fills in its values.
 *
 * The codes and strips are one parameter each, not one array: with an array parameter PostgreSQL cannot count its
 * elements when it weighs a generic plan, finds it dearer than a plan made for the values, and so plans again at
 * every call (about 3 ms, as long as the search itself). Their counts are rounded up to a power of two (the last
 * value repeated: an index scan drops duplicate keys), which bounds the shapes, and so the prepared statements, to
 * a few hundred whatever clients send. A box over more than MAX_STRIPS strips (near a pole) is read by latitude.
 */
type Shape = Readonly<{
  codeSlots: number;
  /** 0: the strips are not named (every longitude, or too many strips). */
  stripSlots: number;
  level: boolean;
  contract: boolean;
  longitudes: LongitudeSpan["kind"];
}>;

const MAX_STRIPS = 32;

const at = (name: string) => sql.placeholder(name);
const float = (name: string) => sql`${at(name)}::float8`;

/**
 * The jobs search as ONE statement, so the page and the per-kind totals describe one snapshot (an import's swap, a
 * closed offer). The plan it is written for (docs/PERFORMANCE.md, docs/adr/0019):
 * - `totals`: one count per kind, each an Index Only Scan of `search_item_romes_rome_kind_strip_latitude` (rome,
 *   kind_rank, longitude_strip, latitude) INCLUDE (…) with the ROME codes, the kind, the box's longitude strips and
 *   its latitudes as index conditions; the exact longitudes, expiry, the filters, "first matching code of its
 *   item" (`lower_romes`, so no grouping) and the squared chord against the radius's are checked on the index
 *   tuples, without a trigonometric call. The kind's generation (0 for offers, the live one for companies) prunes
 *   the partitions;
 * - `p0`, `p1`, `p2`: the page's share of each kind, known from the totals (a LIMIT of 0 reads nothing), each a
 *   top-N sort of that kind's rows only: page 1 around Paris sorts the 180 offers, not the 4,700 items;
 * - a join to `search_items` for the page's display rows only.
 * `chord2` comes back with each row: the reader turns it into km with the domain's formula.
 */
function jobSearchTemplate(shape: Shape): SQL {
  const codes = slots("code", shape.codeSlots, "text");
  const level = shape.level ? sql`and (r.diploma_level is null or r.diploma_level = ${at("level")}::text)` : sql``;
  const contract = shape.contract
    ? sql`and (r.contract_mask is null or r.contract_mask & ${at("contractBit")}::smallint <> 0)`
    : sql``;
  const chord2 = sql`(r.x - ${float("x")}) * (r.x - ${float("x")}) + (r.y - ${float("y")}) * (r.y - ${float("y")}) + (r.z - ${float("z")}) * (r.z - ${float("z")})`;
  const offset = sql`${at("offset")}::int`;
  const end = sql`(${at("offset")}::int + ${at("limit")}::int)`;
  const live = sql`(select l.generation from search_live_generations l where l.kind = 'company')`;
  const generationOf = (kindRank: number) => (kindRank === 2 ? live : sql`0`);
  const countOf = (kindRank: number) =>
    sql`(select count(*) from near n where n.kind_rank = ${sql.raw(String(kindRank))}::smallint and n.generation = ${generationOf(kindRank)})`;
  /** Kind `kindRank`'s share of the page; `before` counts the items of the kinds ranked before it (in `totals`). */
  const pageOf = (kindRank: number, before: SQL) => sql`(
      select n.kind_rank, n.id, n.generation, n.sort_key, n.chord2
        from near n
       where n.kind_rank = ${sql.raw(String(kindRank))}::smallint and n.generation = ${generationOf(kindRank)}
       order by n.chord2, n.sort_key, n.id collate "C"
       limit (select greatest(0, least(${end}, ${before} + t${sql.raw(String(kindRank))}) - greatest(${offset}, ${before})) from totals)
      offset (select greatest(0, ${offset} - ${before}) from totals))`;
  return sql`
    with near as not materialized (
      select r.kind_rank, r.id, r.generation, r.sort_key, ${chord2} as chord2
        from search_item_romes r
       where r.rome = any(${codes})
         and r.latitude between ${float("minLatitude")} and ${float("maxLatitude")}
         ${shape.stripSlots > 0 ? sql`and r.longitude_strip = any(${slots("strip", shape.stripSlots, "smallint")})` : sql``}
         ${longitudeCondition(shape.longitudes)}
         and (r.lower_romes is null or not r.lower_romes && ${codes})
         and (r.expires_at is null or r.expires_at > ${at("now")}::timestamptz)
         ${level} ${contract}
         and ${chord2} <= ${float("maxChord2")}
    ),
    totals as (
      select ${countOf(0)} as t0, ${countOf(1)} as t1, ${countOf(2)} as t2
    ),
    page as (
      ${pageOf(0, sql`0`)}
      union all
      ${pageOf(1, sql`t0`)}
      union all
      ${pageOf(2, sql`(t0 + t1)`)}
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

/** `array[$a, $b, …]::type[]` of `count` placeholders `name0`, `name1`, … */
function slots(name: string, count: number, type: "text" | "smallint"): SQL {
  const elements = Array.from({ length: count }, (_, i) => at(`${name}${i}`));
  return sql`array[${sql.join(elements, sql`, `)}]::${sql.raw(type)}[]`;
}

/** Sets `values` as `slotCount` placeholder values named `name0`, `name1`, …, the last value repeated to fill them. */
function fillSlots(into: Record<string, unknown>, name: string, values: readonly unknown[], slotCount: number): void {
  for (let i = 0; i < slotCount; i++) into[`${name}${i}`] = values[Math.min(i, values.length - 1)];
}

/** The power of two at or above `count` (1 at least). */
const slotCountOf = (count: number) => 2 ** Math.ceil(Math.log2(Math.max(1, count)));

function longitudeCondition(kind: LongitudeSpan["kind"]): SQL {
  switch (kind) {
    case "all":
      return sql``;
    case "between":
      return sql`and r.longitude between ${float("lon1")} and ${float("lon2")}`;
    case "wrapped":
      return sql`and (r.longitude >= ${float("lon1")} or r.longitude <= ${float("lon2")})`;
  }
}

const dialect = new PgDialect();
/** Each shape's text and, in `$n` order, the names of its placeholders (every parameter is one). */
const templates = new Map<string, Readonly<{ text: string; names: readonly string[] }>>();

function templateOf(shape: Shape) {
  const key = `${shape.codeSlots}/${shape.stripSlots}/${shape.level}/${shape.contract}/${shape.longitudes}`;
  let template = templates.get(key);
  if (!template) {
    const { sql: text, params } = dialect.sqlToQuery(jobSearchTemplate(shape));
    template = { text, names: params.map((param) => (param as Placeholder).name) };
    templates.set(key, template);
  }
  return template;
}

/** The statement the reader runs, as text and values: also what the benchmark runs directly (the floor). */
export function jobSearchStatement(query: JobSearchQuery): Statement {
  const box = boundingBox(query.origin, query.radiusKm);
  const span = box.longitudes;
  const strips = longitudeStripsOf(span) ?? [];
  const shape: Shape = {
    codeSlots: slotCountOf(query.romeCodes.length),
    stripSlots: strips.length === 0 || strips.length > MAX_STRIPS ? 0 : slotCountOf(strips.length),
    level: query.diplomaLevel !== null,
    contract: query.contractType !== null,
    longitudes: span.kind,
  };
  const origin = unitVectorOf(query.origin);
  const values: Record<string, unknown> = {
    minLatitude: box.minLatitude,
    maxLatitude: box.maxLatitude,
    lon1: span.kind === "between" ? span.min : span.kind === "wrapped" ? span.from : null,
    lon2: span.kind === "between" ? span.max : span.kind === "wrapped" ? span.to : null,
    now: query.now.toISOString(),
    level: query.diplomaLevel,
    contractBit: query.contractType === null ? null : CONTRACT_BITS[query.contractType],
    x: origin.x,
    y: origin.y,
    z: origin.z,
    maxChord2: chordSquaredOfKm(query.radiusKm),
    offset: query.offset,
    limit: query.limit,
  };
  fillSlots(values, "code", query.romeCodes, shape.codeSlots);
  fillSlots(values, "strip", strips, shape.stripSlots);
  const template = templateOf(shape);
  return { text: template.text, values: template.names.map((name) => values[name]) };
}
