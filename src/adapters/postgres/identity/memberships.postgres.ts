import { and, asc, eq, sql } from "drizzle-orm";
import type { MembershipRepository } from "../../../application/identity/ports.ts";
import type { Db } from "../database.ts";
import { toOrganisation } from "./organisations.postgres.ts";
import { memberships, organisations } from "./schema.ts";

/** `db` may be a transaction handle (UnitOfWork). Ties sort ids in byte order (`collate "C"`), as the fake does. */
export function createPgMembershipRepository(db: Db): MembershipRepository {
  const of = (userId: string) => membershipsOf(db, userId);
  const one = (userId: string, organisationId: string) =>
    and(eq(memberships.userId, userId), eq(memberships.organisationId, organisationId));
  return {
    async add(membership) {
      const inserted = await db
        .insert(memberships)
        .values(membership)
        .onConflictDoNothing()
        .returning({ userId: memberships.userId });
      return inserted.length > 0 ? "added" : "exists";
    },
    async remove(userId, organisationId) {
      const removed = await db
        .delete(memberships)
        .where(one(userId, organisationId))
        .returning({ userId: memberships.userId });
      return removed.length > 0;
    },
    async setRole(userId, organisationId, role) {
      const updated = await db
        .update(memberships)
        .set({ role })
        .where(one(userId, organisationId))
        .returning({ userId: memberships.userId });
      return updated.length > 0;
    },
    organisationsOf: async (userId) => (await of(userId)).map(({ organisation }) => organisation),
    membershipsOf: of,
    async membersOf(organisationId) {
      return db
        .select({ userId: memberships.userId, role: memberships.role, createdAt: memberships.createdAt })
        .from(memberships)
        .where(eq(memberships.organisationId, organisationId))
        .orderBy(asc(memberships.createdAt), sql`${memberships.userId} collate "C"`);
    },
  };
}

async function membershipsOf(db: Db, userId: string) {
  const rows = await db
    .select({ organisation: organisations, role: memberships.role })
    .from(memberships)
    .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
    .where(eq(memberships.userId, userId))
    .orderBy(asc(memberships.createdAt), sql`${memberships.organisationId} collate "C"`);
  return rows.map((row) => ({ organisation: toOrganisation(row.organisation), role: row.role }));
}
