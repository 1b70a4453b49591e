import { eq } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import { normaliseSearchText } from "../../../domain/shared/search-text.ts";
import type { ReferentialData } from "../../referential-data/referential-data.ts";
import type { Db } from "../database.ts";
import {
  communes,
  diplomaLevels,
  idccOpcos,
  nafCodes,
  opcos,
  referentialDatasets,
  romeAppellations,
  romeFiches,
} from "./schema.ts";

type DatasetName = keyof ReferentialData;

/**
 * Idempotent: each dataset given is replaced in one transaction only when its content version differs
 * from the one recorded, so the second start costs one small query per dataset.
 */
export async function seedReferential(db: Db, data: Partial<ReferentialData>, now: Date): Promise<DatasetName[]> {
  const imported: DatasetName[] = [];
  for (const name of Object.keys(replacers) as DatasetName[]) {
    const dataset = data[name];
    if (!dataset) continue;
    const { version } = dataset;
    const [current] = await db.select().from(referentialDatasets).where(eq(referentialDatasets.name, name));
    if (current?.version === version) continue;
    await db.transaction(async (tx) => {
      const rowCount = await (replacers[name] as (tx: Db, d: Partial<ReferentialData>) => Promise<number>)(
        tx as Db,
        data,
      );
      await tx
        .insert(referentialDatasets)
        .values({ name, version, rowCount, importedAt: now })
        .onConflictDoUpdate({ target: referentialDatasets.name, set: { version, rowCount, importedAt: now } });
    });
    imported.push(name);
  }
  return imported;
}

const replacers: { [K in DatasetName]: (tx: Db, data: Pick<ReferentialData, K>) => Promise<number> } = {
  async rome(tx, { rome }) {
    await tx.delete(romeAppellations);
    await tx.delete(romeFiches);
    await insertChunked(
      tx,
      romeFiches,
      rome.items.map((f) => ({
        code: f.code,
        label: f.label,
        searchLabel: normaliseSearchText(f.label),
        parentCode: f.parentCode,
        domainCode: f.domain.code,
        domainLabel: f.domain.label,
        definition: [...f.definition],
        access: [...f.access],
        skills: [...f.skills],
        softSkills: [...f.softSkills],
      })),
    );
    const appellations = rome.items.flatMap((f) =>
      f.appellations.map((a) => ({
        code: a.code,
        romeCode: f.code,
        label: a.label,
        shortLabel: a.shortLabel,
        searchLabel: normaliseSearchText(a.label),
      })),
    );
    await insertChunked(tx, romeAppellations, appellations);
    return rome.items.length + appellations.length;
  },
  async communes(tx, { communes: data }) {
    await tx.delete(communes);
    await insertChunked(
      tx,
      communes,
      data.items.map((c) => ({
        insee: c.insee,
        name: c.name,
        searchName: normaliseSearchText(c.name),
        kind: c.kind,
        postcodes: [...c.postcodes],
        departmentCode: c.department.code,
        departmentName: c.department.name,
        population: c.population,
        latitude: c.latitude,
        longitude: c.longitude,
      })),
    );
    return data.items.length;
  },
  async naf(tx, { naf }) {
    await tx.delete(nafCodes);
    await insertChunked(
      tx,
      nafCodes,
      naf.items.map((n) => ({ ...n })),
    );
    return naf.items.length;
  },
  async opco(tx, { opco }) {
    await tx.delete(idccOpcos);
    await tx.delete(opcos);
    await insertChunked(
      tx,
      opcos,
      opco.items.map((o) => ({ ...o })),
    );
    await insertChunked(
      tx,
      idccOpcos,
      opco.idcc.map((i) => ({ ...i })),
    );
    return opco.items.length + opco.idcc.length;
  },
  async diplomaLevels(tx, { diplomaLevels: levels }) {
    await tx.delete(diplomaLevels);
    await insertChunked(
      tx,
      diplomaLevels,
      levels.items.map((l) => ({ ...l })),
    );
    return levels.items.length;
  },
};

/** Multi-row inserts below PostgreSQL's 65,535 bind-parameter limit. */
async function insertChunked<T extends PgTable>(
  tx: Db,
  table: T,
  rows: T["$inferInsert"][],
  size = 1000,
): Promise<void> {
  for (let i = 0; i < rows.length; i += size) {
    await tx.insert(table).values(rows.slice(i, i + size));
  }
}
