import { asc, eq, sql } from "drizzle-orm";
import type { TrainingProviderRegistry } from "../../../application/training/ports.ts";
import type { Siret } from "../../../domain/shared/siret.ts";
import type { TrainingProvider } from "../../../domain/training/training-provider.ts";
import type { Db } from "../database.ts";
import { trainingProviders } from "./schema.ts";

type Row = typeof trainingProviders.$inferSelect;

/** The training establishments table; distances computed in the database with earthdistance. */
export function createPgTrainingProviderRegistry(db: Db): TrainingProviderRegistry {
  return {
    async findBySiret(siret) {
      const rows = await db.select().from(trainingProviders).where(eq(trainingProviders.siret, siret)).limit(1);
      return rows[0] ? toProvider(rows[0]) : null;
    },
    async findNear({ romeCodes, prefix = false, origin, radiusKm, limit }) {
      if (romeCodes.length === 0) return [];
      const patterns = romeCodes.map((code) => (prefix ? `${code}%` : code));
      const here = sql`ll_to_earth(${origin.latitude}, ${origin.longitude})`;
      const there = sql`ll_to_earth(${trainingProviders.latitude}, ${trainingProviders.longitude})`;
      const meters = sql<number>`earth_distance(${here}, ${there})`;
      const rows = await db
        .select({ row: trainingProviders, meters })
        .from(trainingProviders)
        .where(
          sql`${trainingProviders.qualiopi}
            and ${trainingProviders.latitude} is not null
            and earth_box(${here}, ${radiusKm * 1000}) @> ${there}
            and ${meters} <= ${radiusKm * 1000}
            and exists (
              select 1 from jsonb_array_elements_text(${trainingProviders.romeCodes}) as rome(code)
              where rome.code like any(array[${sql.join(
                patterns.map((pattern) => sql`${pattern}`),
                sql`, `,
              )}]::text[])
            )`,
        )
        .orderBy(meters, asc(trainingProviders.siret))
        .limit(limit);
      return rows.map(({ row, meters }) => ({
        provider: toProvider(row),
        distanceKm: Math.round(Number(meters) / 100) / 10,
      }));
    },
  };
}

function toTrainingProviderRow(provider: TrainingProvider, source: string, updatedAt: Date): Row {
  const { address, location, romeCodes, ...rest } = provider;
  return {
    ...rest,
    ...address,
    latitude: location?.latitude ?? null,
    longitude: location?.longitude ?? null,
    romeCodes: [...romeCodes],
    source,
    updatedAt,
  };
}

function toProvider(row: Row): TrainingProvider {
  const { street, postcode, city, insee, latitude, longitude, siret, uai, legalName, qualiopi, romeCodes } = row;
  const { contactEmail } = row;
  return {
    siret: siret as Siret,
    uai,
    legalName,
    address: { street, postcode, city, insee },
    qualiopi,
    contactEmail,
    location: latitude !== null && longitude !== null ? { latitude, longitude } : null,
    romeCodes,
  };
}

/** Writes `providers` (insert or replace by SIRET), tagged with their source: the demo rows at start-up. */
export async function upsertTrainingProviders(
  db: Db,
  providers: readonly TrainingProvider[],
  source: string,
  now: Date,
): Promise<void> {
  for (const provider of providers) {
    const row = toTrainingProviderRow(provider, source, now);
    await db.insert(trainingProviders).values(row).onConflictDoUpdate({ target: trainingProviders.siret, set: row });
  }
}
