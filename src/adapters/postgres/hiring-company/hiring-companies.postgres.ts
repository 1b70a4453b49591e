import { and, asc, eq, inArray, isNotNull, sql } from "drizzle-orm";
import type { CompanyGenerations, HiringCompanyRepository } from "../../../application/hiring-company/ports.ts";
import type { ContactOverride } from "../../../domain/hiring-company/hiring-company.ts";
import type { Email } from "../../../domain/shared/email.ts";
import type { Siret } from "../../../domain/shared/siret.ts";
import { copyInto } from "../copy-text.postgres.ts";
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
import { COMPANY_COPY_COLUMNS, companyCopyLines } from "./company-append.postgres.ts";
import { companyOfRow, companyOfSqlRow, type SqlCompanyRow } from "./company-rows.postgres.ts";
import { dereferencedCompanies, hiringCompanies, hiringCompanyContacts, hiringCompanyLive } from "./schema.ts";

const LIVE = sql`(select generation from hiring_company_live where id = 1)`;
const isLive = sql`${hiringCompanies.generation} = ${LIVE}`;

/** The companies of the live generation; `db` may be a transaction handle (UnitOfWork). */
export function createPgHiringCompanies(db: Db): HiringCompanyRepository {
  return {
    async findBySiret(siret) {
      const rows = await db
        .select()
        .from(hiringCompanies)
        .where(and(isLive, eq(hiringCompanies.siret, siret)))
        .limit(1);
      return rows[0] ? companyOfRow(rows[0]) : null;
    },
    async findByEmail(email) {
      const rows = await db
        .select()
        .from(hiringCompanies)
        .where(and(isLive, eq(hiringCompanies.email, email)))
        .orderBy(asc(hiringCompanies.siret));
      return rows.map(companyOfRow);
    },
    async sharedEmailSample() {
      const rows = rowsOf<{ email: string; sirets: string[] }>(
        await db.execute(sql`
          select email, array_agg(siret order by siret) as sirets from hiring_companies
           where generation = ${LIVE} and email is not null
           group by email having count(*) >= 2 order by min(import_rank) limit 1`),
      );
      const row = rows[0];
      return row ? { email: row.email as Email, sirets: row.sirets as Siret[] } : null;
    },
    async withEmailSample() {
      const rows = await db
        .select({ siret: hiringCompanies.siret, email: hiringCompanies.email })
        .from(hiringCompanies)
        .where(and(isLive, isNotNull(hiringCompanies.email)))
        .orderBy(asc(hiringCompanies.importRank))
        .limit(1);
      const row = rows[0];
      return row?.email ? { siret: row.siret as Siret, email: row.email as Email } : null;
    },
    async isEmpty() {
      return (await db.select({ id: hiringCompanyLive.id }).from(hiringCompanyLive).limit(1)).length === 0;
    },
    // Its own transaction when called alone, a savepoint of the caller's otherwise: the lock lasts until the
    // outermost one ends.
    publish: (generation, since) =>
      db.transaction(async (tx) => {
        await lockLivePointer(tx, "hiring_company_live");
        await seal(tx, generation, { inTransaction: true });
        await attachPartition(tx, "hiring_companies", generation);
        const at = sql`${since.toISOString()}::timestamptz`;
        const removed = rowsOf<{ siret: string }>(
          await tx.execute(sql`
            delete from hiring_companies where generation = ${generation}
               and siret in (select siret from dereferenced_companies where dereferenced_at >= ${at})
            returning siret`),
        );
        const updated = rowsOf<SqlCompanyRow>(
          await tx.execute(sql`
            update hiring_companies h set email = coalesce(c.email, h.email), phone = coalesce(c.phone, h.phone)
              from hiring_company_contacts c
             where h.generation = ${generation} and c.siret = h.siret and c.updated_at >= ${at}
            returning h.*`),
        );
        await tx
          .insert(hiringCompanyLive)
          .values({ id: 1, generation })
          .onConflictDoUpdate({ target: hiringCompanyLive.id, set: { generation } });
        return { removed: removed.map((row) => row.siret as Siret), updated: updated.map(companyOfSqlRow) };
      }),
    async remove(sirets) {
      if (sirets.length === 0) return;
      await db.delete(hiringCompanies).where(inArray(hiringCompanies.siret, [...sirets]));
      const list = sql`(select value from json_array_elements_text(${JSON.stringify(sirets)}::json))`;
      for (const table of await pendingTables(db)) {
        await db.execute(sql`delete from ${table} where siret in ${list}`);
      }
    },
    async applyContact(override: ContactOverride) {
      const set = {
        ...(override.email === null ? {} : { email: override.email }),
        ...(override.phone === null ? {} : { phone: override.phone }),
      };
      if (Object.keys(set).length === 0) return null;
      await db.update(hiringCompanies).set(set).where(eq(hiringCompanies.siret, override.siret));
      for (const table of await pendingTables(db)) {
        await db.execute(sql`update ${table} set email = coalesce(${override.email}::text, email),
            phone = coalesce(${override.phone}::text, phone) where siret = ${override.siret}`);
      }
      return this.findBySiret(override.siret);
    },
  };
}

/** The import's side of the table (outside transactions, under the job's lease). */
export function createPgCompanyGenerations(db: Db): CompanyGenerations {
  return {
    async live() {
      const rows = await db.select().from(hiringCompanyLive).where(eq(hiringCompanyLive.id, 1));
      return rows[0]?.generation ?? null;
    },
    async dropAllButLive() {
      const [row] = await db.select().from(hiringCompanyLive).where(eq(hiringCompanyLive.id, 1));
      const live = row?.generation ?? null;
      for (const partition of await generationPartitions(db, "hiring_companies")) {
        if (partition.generation !== live) await dropPartition(db, "hiring_companies", partition);
      }
    },
    async append(generation, companies) {
      if (companies.length === 0) return;
      await createPendingPartition(db, "hiring_companies", generation);
      await copyInto(
        db,
        partitionOf("hiring_companies", generation),
        COMPANY_COPY_COLUMNS,
        companyCopyLines(generation, companies),
      );
    },
    async seal(generation) {
      await seal(db, generation, { inTransaction: false });
    },
    async dereferencedSirets() {
      const rows = await db.select({ siret: dereferencedCompanies.siret }).from(dereferencedCompanies);
      return new Set(rows.map((row) => row.siret));
    },
    async contactOverrides() {
      const rows = await db.select().from(hiringCompanyContacts);
      return new Map(
        rows.map((row) => [
          row.siret,
          { siret: row.siret as Siret, email: row.email as Email | null, phone: row.phone },
        ]),
      );
    },
  };
}

/** Generations not attached yet (being filled, or left by an import that died), by their table. */
async function pendingTables(db: Db) {
  const pending = (await generationPartitions(db, "hiring_companies")).filter((partition) => !partition.attached);
  return pending.map(({ generation }) => sql.identifier(partitionOf("hiring_companies", generation)));
}

/** The parent's partitioned indexes (drizzle/0017), so that ATTACH adopts them. */
function sealIndexes(generation: number): PartitionIndex[] {
  const name = partitionOf("hiring_companies", generation);
  return [
    { name: `${name}_pk`, create: `alter table ${name} add constraint ${name}_pk primary key (generation, siret)` },
    { name: `${name}_email`, create: `create index ${name}_email on ${name} (email)` },
  ];
}

async function seal(db: Db, generation: number, options: Readonly<{ inTransaction: boolean }>) {
  const found = (await generationPartitions(db, "hiring_companies")).find((p) => p.generation === generation);
  if (found && !found.attached)
    await sealPartition(db, "hiring_companies", generation, sealIndexes(generation), options);
}
