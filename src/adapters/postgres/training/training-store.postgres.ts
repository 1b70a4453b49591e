import { and, asc, eq, gt, isNull, or, sql } from "drizzle-orm";
import type { TrainingStore } from "../../../application/training/ports.ts";
import type { FeedCursor } from "../../../domain/partner-access/feed-cursor.ts";
import { roundedKm, type TrainingSearchCriteria } from "../../../domain/training/training-search.ts";
import type { Db } from "../database.ts";
import { rowsOf } from "../rows.ts";
import { findEstablishments } from "./establishment-search.postgres.ts";
import { trainings } from "./schema.ts";
import { toTraining } from "./training-rows.postgres.ts";
import { earthAt, type RawTrainingRow, textArray, trainingOfRaw } from "./training-sql.postgres.ts";

const idInByteOrder = sql`${trainings.id} collate "C"`;
const listed = and(isNull(trainings.removedAt), eq(trainings.qualiopi, true));

/** The live catalogue on PostgreSQL: distances and radius in the database (earthdistance, GiST on `earth`). */
export function createPgTrainingStore(db: Db): TrainingStore {
  return {
    search: (criteria) => search(db, criteria),
    async findListed(id) {
      const rows = await db
        .select(stored)
        .from(trainings)
        .where(and(eq(trainings.id, id), listed));
      return rows[0] ? toTraining(rows[0]) : null;
    },
    async listedOfFormateur(siret) {
      const rows = await db
        .select(stored)
        .from(trainings)
        .where(and(eq(trainings.formateurSiret, siret), listed))
        .orderBy(sql`${trainings.title} collate "C"`, idInByteOrder);
      return rows.map(toTraining);
    },
    findEstablishments: (query, limit) => findEstablishments(db, query, limit),
    async changedAfter(position, limit) {
      const rows = await db
        .select({ ...stored, removedAt: trainings.removedAt, qualiopi: trainings.qualiopi })
        .from(trainings)
        .where(position ? after(position) : undefined)
        .orderBy(asc(trainings.updatedAt), idInByteOrder)
        .limit(limit);
      return rows.map((row) => ({
        training: toTraining(row),
        status: row.removedAt === null && row.qualiopi ? ("active" as const) : ("removed" as const),
      }));
    },
    async isEmpty() {
      const rows = await db.select({ id: trainings.id }).from(trainings).limit(1);
      return rows.length === 0;
    },
  };
}

const stored = { id: trainings.id, record: trainings.record, updatedAt: trainings.updatedAt };

function after(position: FeedCursor) {
  return or(
    gt(trainings.updatedAt, position.updatedAt),
    and(eq(trainings.updatedAt, position.updatedAt), sql`${trainings.id} collate "C" > ${position.id}`),
  );
}

type SearchRow = (RawTrainingRow & { meters: number | string }) | { id: null; total: number | string };

/**
 * One statement, so one snapshot: the page and the total always describe the same catalogue, even while an
 * import swaps it (the `left join` gives the total a row when the page is past the end).
 */
async function search(db: Db, criteria: TrainingSearchCriteria) {
  const { origin, radiusKm, diplomaLevel, offset, limit } = criteria;
  const here = origin ? earthAt(origin) : null;
  const meters = here ? sql`earth_distance(${here}, t.earth)` : sql`0::float8`;
  const near = here
    ? sql`and earth_box(${here}, ${radiusKm * 1000}::float8) @> t.earth and earth_distance(${here}, t.earth) <= ${radiusKm * 1000}::float8`
    : sql``;
  const level = diplomaLevel ? sql`and (t.diploma_level = ${diplomaLevel} or t.diploma_level is null)` : sql``;
  const result = await db.execute(sql`
    with matches as (
      select t.id, t.record, t.updated_at, t.title, ${meters} as meters from trainings t
       where t.removed_at is null and t.qualiopi and t.rome_codes && ${textArray(criteria.romeCodes)} ${level} ${near}
    ),
    page as (
      select * from matches order by meters, title collate "C", id collate "C" limit ${limit} offset ${offset}
    )
    select (select count(*) from matches) as total, page.id, page.record, page.updated_at, page.meters
      from (select 1) as one left join page on true
     order by page.meters, page.title collate "C", page.id collate "C"`);
  const rows = rowsOf<SearchRow & { total: number | string }>(result);
  const hits = rows.flatMap((row) =>
    row.id === null
      ? []
      : [
          {
            training: trainingOfRaw(row as RawTrainingRow),
            distanceKm: origin ? roundedKm(Number((row as { meters: number }).meters)) : null,
          },
        ],
  );
  return { hits, total: Number(rows[0]?.total ?? 0) };
}
