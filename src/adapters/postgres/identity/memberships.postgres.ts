import { and, asc, eq, sql } from "drizzle-orm";
import type { MembershipRepository } from "../../../application/identity/ports.ts";
import type { Db } from "../database.ts";
import { toOrganisation } from "./organisations.postgres.ts";
import { memberships, organisations } from "./schema.ts";

/** `db` may be a transaction handle (UnitOfWork). Ties sort ids in byte order (`collate "C"`), as the fake does. */
export function createPgMembershipRepository(db: Db): MembershipRepository {
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
        .where(and(eq(memberships.userId, userId), eq(memberships.organisationId, organisationId)))
        .returning({ userId: memberships.userId });
      return removed.length > 0;
    },
    organisationsOf: (userId) => organisationsOf(db, userId),
    async membersOf(organisationId) {
      const rows = await db
        .select({ userId: memberships.userId })
        .from(memberships)
        .where(eq(memberships.organisationId, organisationId))
        .orderBy(asc(memberships.createdAt), sql`${memberships.userId} collate "C"`);
      return rows.map((row) => row.userId);
    },
  };
}

async function organisationsOf(db: Db, userId: string) {
  const rows = await db
    .select({ organisation: organisations })
    .from(memberships)
    .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
    .where(eq(memberships.userId, userId))
    .orderBy(asc(memberships.createdAt), sql`${memberships.organisationId} collate "C"`);
  return rows.map((row) => toOrganisation(row.organisation));
}
