import { and, asc, count, desc, eq, isNotNull, isNull, lte, sql } from "drizzle-orm";
import type { OrganisationRepository } from "../../../application/identity/ports.ts";
import type { Organisation } from "../../../domain/identity/organisation.ts";
import type { Db } from "../database.ts";
import { memberships, organisations } from "./schema.ts";

type Row = typeof organisations.$inferSelect;

/** `db` may be a transaction handle (UnitOfWork). */
export function createPgOrganisationRepository(db: Db): OrganisationRepository {
  const findOne = async (id: string, lock: boolean) => {
    const query = db.select().from(organisations).where(eq(organisations.id, id)).limit(1);
    const rows = lock ? await query.for("update") : await query;
    return rows[0] ? toOrganisation(rows[0]) : null;
  };
  return {
    async create(organisation) {
      // The only unique constraints are the id (fresh) and the confirmed open (kind, SIRET): a skipped row is that.
      const inserted = await db
        .insert(organisations)
        .values(toRow(organisation))
        .onConflictDoNothing()
        .returning({ id: organisations.id });
      return inserted.length > 0 ? "created" : "conflict";
    },
    findById: (id) => findOne(id, false),
    findForUpdate: (id) => findOne(id, true),
    async findHolder(kind, siret) {
      const rows = await db
        .select()
        .from(organisations)
        .where(
          and(
            eq(organisations.kind, kind),
            eq(organisations.siret, siret),
            isNull(organisations.closedAt),
            isNotNull(organisations.confirmedAt),
          ),
        )
        .limit(1);
      return rows[0] ? toOrganisation(rows[0]) : null;
    },
    async updateStatus(organisation) {
      const { disabledAt, closedAt } = toRow(organisation);
      await db.update(organisations).set({ disabledAt, closedAt }).where(eq(organisations.id, organisation.id));
    },
    confirm: (organisation, now) => confirm(db, organisation, now),
    async findExpiredSignUps(now, limit) {
      const rows = await db
        .select()
        .from(organisations)
        .where(and(isNull(organisations.confirmedAt), lte(organisations.signUpExpiresAt, now)))
        .orderBy(asc(organisations.signUpExpiresAt), sql`${organisations.id} collate "C"`)
        .limit(limit);
      return rows.map(toOrganisation);
    },
    async deleteSignUp(id) {
      // Memberships, links, join requests and the establishment profile go with it (ON DELETE CASCADE).
      await db.delete(organisations).where(and(eq(organisations.id, id), isNull(organisations.confirmedAt)));
    },
    list: (input) => list(db, input),
  };
}

/**
 * In a savepoint: when another organisation took the SIRET meanwhile, the unique index refuses the update, and only
 * the savepoint rolls back, not the caller's transaction (PostgreSQL aborts a transaction on any error).
 */
async function confirm(
  db: Db,
  organisation: Organisation,
  now: Date,
): Promise<"confirmed" | "conflict" | "not_pending"> {
  try {
    const updated = await db.transaction((savepoint) =>
      savepoint
        .update(organisations)
        .set({ confirmedAt: now, signUpExpiresAt: null })
        .where(and(eq(organisations.id, organisation.id), isNull(organisations.confirmedAt)))
        .returning({ id: organisations.id }),
    );
    return updated.length > 0 ? "confirmed" : "not_pending";
  } catch (error) {
    if (sqlState(error) === "23505") return "conflict";
    throw error;
  }
}

function sqlState(error: unknown): string | undefined {
  const withCode = (value: unknown) => (value as { code?: unknown } | null)?.code;
  const code = withCode(error) ?? withCode((error as { cause?: unknown } | null)?.cause);
  return typeof code === "string" ? code : undefined;
}

/** Newest first, ties by id in byte order (as the fake), with each organisation's member count. */
async function list(db: Db, { page, pageSize }: { page: number; pageSize: number }) {
  const memberCount = sql<number>`(select count(*)::int from ${memberships} where ${memberships.organisationId} = ${organisations.id})`;
  const rows = await db
    .select({ row: organisations, memberCount })
    .from(organisations)
    .orderBy(desc(organisations.createdAt), sql`${organisations.id} collate "C" desc`)
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  const [total] = await db.select({ value: count() }).from(organisations);
  const items = rows.map(({ row, memberCount }) => ({ organisation: toOrganisation(row), memberCount }));
  return { items, total: total?.value ?? 0 };
}

function toRow(organisation: Organisation): typeof organisations.$inferInsert {
  const { id, kind, siret, displayName, createdAt } = organisation;
  const pending = organisation.status === "pending";
  return {
    id,
    kind,
    siret,
    displayName,
    createdAt,
    confirmedAt: pending ? null : createdAt,
    signUpExpiresAt: pending ? organisation.signUpExpiresAt : null,
    disabledAt: organisation.status === "disabled" ? organisation.disabledAt : null,
    closedAt: organisation.status === "closed" ? organisation.closedAt : null,
  };
}

export function toOrganisation(row: Row): Organisation {
  const { disabledAt, closedAt, confirmedAt, signUpExpiresAt, ...fields } = row;
  if (disabledAt) return { ...fields, status: "disabled", disabledAt };
  if (closedAt) return { ...fields, status: "closed", closedAt };
  if (!confirmedAt) return { ...fields, status: "pending", signUpExpiresAt: signUpExpiresAt ?? fields.createdAt };
  return { ...fields, status: "active" };
}
