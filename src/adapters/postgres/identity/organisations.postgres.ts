import { count, desc, eq, sql } from "drizzle-orm";
import type { OrganisationRepository } from "../../../application/identity/ports.ts";
import type { Organisation } from "../../../domain/identity/organisation.ts";
import type { Db } from "../database.ts";
import { memberships, organisations } from "./schema.ts";

type Row = typeof organisations.$inferSelect;

/** `db` may be a transaction handle (UnitOfWork). */
export function createPgOrganisationRepository(db: Db): OrganisationRepository {
  return {
    async create(organisation) {
      // The only unique constraints are the id (fresh) and the open (kind, SIRET): a skipped row is that conflict.
      const inserted = await db
        .insert(organisations)
        .values(toRow(organisation))
        .onConflictDoNothing()
        .returning({ id: organisations.id });
      return inserted.length > 0 ? "created" : "conflict";
    },
    async findById(id) {
      const rows = await db.select().from(organisations).where(eq(organisations.id, id)).limit(1);
      return rows[0] ? toOrganisation(rows[0]) : null;
    },
    async updateStatus(organisation) {
      const { disabledAt, closedAt } = toRow(organisation);
      await db.update(organisations).set({ disabledAt, closedAt }).where(eq(organisations.id, organisation.id));
    },
    list: (input) => list(db, input),
  };
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
  return {
    id,
    kind,
    siret,
    displayName,
    createdAt,
    disabledAt: organisation.status === "disabled" ? organisation.disabledAt : null,
    closedAt: organisation.status === "closed" ? organisation.closedAt : null,
  };
}

export function toOrganisation(row: Row): Organisation {
  const { disabledAt, closedAt, ...fields } = row;
  if (disabledAt) return { ...fields, status: "disabled", disabledAt };
  if (closedAt) return { ...fields, status: "closed", closedAt };
  return { ...fields, status: "active" };
}
