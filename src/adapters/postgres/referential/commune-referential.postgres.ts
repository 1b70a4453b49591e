import { eq, sql } from "drizzle-orm";
import type { CommuneReferential } from "../../../application/referential/ports.ts";
import { type Commune, isPostcodeQuery } from "../../../domain/referential/commune.ts";
import type { InseeCode } from "../../../domain/shared/insee-code.ts";
import type { Db } from "../database.ts";
import { communes } from "./schema.ts";

type CommuneRow = typeof communes.$inferSelect;

export function createPgCommuneReferential(db: Db): CommuneReferential {
  return {
    async search(query, limit) {
      const rows = isPostcodeQuery(query) ? await byPostcode(db, query, limit) : await byName(db, query, limit);
      return rows.map(toCommune);
    },
    async findByInsee(insee) {
      const [row] = await db.select().from(communes).where(eq(communes.insee, insee.toUpperCase()));
      return row ? toCommune(row) : null;
    },
  };
}

function byPostcode(db: Db, postcode: string, limit: number): Promise<CommuneRow[]> {
  return db
    .select()
    .from(communes)
    .where(sql`exists (select 1 from unnest(${communes.postcodes}) p where p like ${`${postcode}%`})`)
    .orderBy(sql`${communes.population} desc nulls last`, sql`${communes.searchName} collate "C"`, communes.insee)
    .limit(limit);
}

function byName(db: Db, query: string, limit: number): Promise<CommuneRow[]> {
  const name = communes.searchName;
  return db
    .select()
    .from(communes)
    .where(sql`${name} like ${`%${query}%`}`)
    .orderBy(
      sql`case when ${name} = ${query} then 0 when ${name} like ${`${query}%`} then 1
               when ${name} like ${`% ${query}%`} then 2 else 3 end`,
      sql`${communes.population} desc nulls last`,
      sql`${name} collate "C"`,
      communes.insee,
    )
    .limit(limit);
}

function toCommune(row: CommuneRow): Commune {
  return {
    insee: row.insee as InseeCode,
    name: row.name,
    kind: row.kind,
    postcodes: row.postcodes,
    department: { code: row.departmentCode, name: row.departmentName },
    population: row.population,
    latitude: row.latitude,
    longitude: row.longitude,
  };
}
