import { and, asc, eq, inArray, isNull, sql } from "drizzle-orm";
import type { TrainingProviderRegistry } from "../../../application/training/ports.ts";
import type { Training } from "../../../domain/training/training.ts";
import { trainingProviderOf } from "../../../domain/training/training-provider-of.ts";
import { roundedKm } from "../../../domain/training/training-search.ts";
import type { Db } from "../database.ts";
import { rowsOf } from "../rows.ts";
import { trainings } from "./schema.ts";
import { toTraining } from "./training-rows.postgres.ts";
import { earthAt, textArray } from "./training-sql.postgres.ts";

const stored = { id: trainings.id, record: trainings.record, updatedAt: trainings.updatedAt };

/** The training establishments derived from the live catalogue (one per formateur SIRET). */
export function createPgTrainingProviderRegistry(db: Db): TrainingProviderRegistry {
  const trainingsOf = async (sirets: readonly string[], onlyListed: boolean) => {
    const bySiret = new Map<string, Training[]>();
    if (sirets.length === 0) return bySiret;
    const rows = await db
      .select({ ...stored, siret: trainings.formateurSiret })
      .from(trainings)
      .where(
        and(
          inArray(trainings.formateurSiret, [...sirets]),
          isNull(trainings.removedAt),
          onlyListed ? eq(trainings.qualiopi, true) : undefined,
        ),
      )
      .orderBy(asc(sql`${trainings.id} collate "C"`));
    for (const row of rows) bySiret.set(row.siret, [...(bySiret.get(row.siret) ?? []), toTraining(row)]);
    return bySiret;
  };
  return {
    async findBySiret(siret) {
      const found = (await trainingsOf([siret], false)).get(siret);
      return found ? trainingProviderOf(found as [Training, ...Training[]]) : null;
    },
    async findNear({ romeCodes, prefix = false, origin, radiusKm, limit }) {
      if (romeCodes.length === 0) return [];
      const patterns = textArray(romeCodes.map((code) => (prefix ? `${code}%` : code)));
      const here = earthAt(origin);
      const result = await db.execute(sql`
        select formateur_siret as siret, min(earth_distance(${here}, earth)) as meters from trainings
         where removed_at is null and qualiopi
           and earth_box(${here}, ${radiusKm * 1000}::float8) @> earth
           and earth_distance(${here}, earth) <= ${radiusKm * 1000}::float8
           and exists (select 1 from unnest(rome_codes) as rome(code) where rome.code like any(${patterns}))
         group by formateur_siret
         order by meters, formateur_siret collate "C"
         limit ${limit}`);
      const nearest = rowsOf<{ siret: string; meters: number | string }>(result);
      const listed = await trainingsOf(
        nearest.map((row) => row.siret),
        true,
      );
      return nearest.map(({ siret, meters }) => ({
        provider: trainingProviderOf(listed.get(siret) as [Training, ...Training[]]),
        distanceKm: roundedKm(Number(meters)),
      }));
    },
  };
}
