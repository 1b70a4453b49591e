import { and, asc, count, eq, gt, isNull, sql } from "drizzle-orm";
import type { JoinRequestRepository } from "../../../application/identity/ports.ts";
import type { JoinRequest } from "../../../domain/identity/join-request.ts";
import type { Email } from "../../../domain/shared/email.ts";
import type { Db } from "../database.ts";
import { joinRequests } from "./schema.ts";

type Row = typeof joinRequests.$inferSelect;

/** `db` may be a transaction handle (UnitOfWork). */
export function createPgJoinRequestRepository(db: Db): JoinRequestRepository {
  return {
    async save(request) {
      // The partial unique index allows one unaccepted request per organisation and email.
      const inserted = await db
        .insert(joinRequests)
        .values(request)
        .onConflictDoNothing()
        .returning({ id: joinRequests.id });
      return inserted.length > 0 ? "saved" : "exists";
    },
    async findUnaccepted(organisationId, email) {
      const rows = await db
        .select()
        .from(joinRequests)
        .where(
          and(
            eq(joinRequests.organisationId, organisationId),
            eq(joinRequests.email, email),
            isNull(joinRequests.acceptedAt),
          ),
        )
        .limit(1);
      return rows[0] ? toRequest(rows[0]) : null;
    },
    async delete(id) {
      await db.delete(joinRequests).where(eq(joinRequests.id, id));
    },
    async markAccepted(id, now) {
      const updated = await db
        .update(joinRequests)
        .set({ acceptedAt: now })
        .where(and(eq(joinRequests.id, id), isNull(joinRequests.acceptedAt)))
        .returning({ id: joinRequests.id });
      return updated.length > 0;
    },
    async listOpen({ now, page, pageSize }) {
      const open = and(isNull(joinRequests.acceptedAt), gt(joinRequests.expiresAt, now));
      const rows = await db
        .select()
        .from(joinRequests)
        .where(open)
        .orderBy(asc(joinRequests.createdAt), sql`${joinRequests.id} collate "C"`)
        .limit(pageSize)
        .offset((page - 1) * pageSize);
      const [total] = await db.select({ value: count() }).from(joinRequests).where(open);
      return { items: rows.map(toRequest), total: total?.value ?? 0 };
    },
  };
}

function toRequest(row: Row): JoinRequest {
  return { ...row, email: row.email as Email };
}
