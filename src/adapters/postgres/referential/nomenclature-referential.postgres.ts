import { eq, sql } from "drizzle-orm";
import type { NomenclatureReferential } from "../../../application/referential/ports.ts";
import type { NafEntry, Opco } from "../../../domain/referential/nomenclatures.ts";
import type { Db } from "../database.ts";
import { idccOpcos, nafCodes, opcos } from "./schema.ts";

export function createPgNomenclatureReferential(db: Db): NomenclatureReferential {
  return {
    async findNaf(code) {
      const [row] = await db.select().from(nafCodes).where(eq(nafCodes.code, code));
      return row ? toNafEntry(row) : null;
    },
    async findOpcoByIdcc(idcc) {
      const [row] = await db
        .select({ opco: opcos })
        .from(idccOpcos)
        .innerJoin(opcos, eq(opcos.code, idccOpcos.opcoCode))
        .where(eq(idccOpcos.idcc, idcc));
      return row ? toOpco(row.opco) : null;
    },
    async listOpcos() {
      return (await db.select().from(opcos).orderBy(sql`${opcos.code} collate "C"`)).map(toOpco);
    },
  };
}

function toNafEntry(row: typeof nafCodes.$inferSelect): NafEntry {
  return { ...row, level: row.level as NafEntry["level"] };
}

function toOpco(row: typeof opcos.$inferSelect): Opco {
  return { code: row.code, label: row.label, shortName: row.shortName, siren: row.siren, website: row.website };
}
