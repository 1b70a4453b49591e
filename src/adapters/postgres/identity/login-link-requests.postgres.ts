import { asc, inArray, sql } from "drizzle-orm";
import type { LoginLinkRequestQueue } from "../../../application/identity/ports.ts";
import type { Email } from "../../../domain/shared/email.ts";
import { compareCodePoints } from "../../../domain/shared/search-text.ts";
import type { Db } from "../database.ts";
import { loginLinkRequests } from "./schema.ts";

/** `db` may be a transaction handle (UnitOfWork); `take` belongs in one, so that a rollback puts the rows back. */
export function createPgLoginLinkRequestQueue(db: Db): LoginLinkRequestQueue {
  return {
    async add(request) {
      await db.insert(loginLinkRequests).values(request);
    },
    async take(limit) {
      // SKIP LOCKED: should two runs overlap (a lease taken over), each takes other rows.
      const oldest = db
        .select({ id: loginLinkRequests.id })
        .from(loginLinkRequests)
        .orderBy(asc(loginLinkRequests.requestedAt), sql`${loginLinkRequests.id} collate "C"`)
        .limit(limit)
        .for("update", { skipLocked: true });
      const rows = await db.delete(loginLinkRequests).where(inArray(loginLinkRequests.id, oldest)).returning();
      return rows
        .map((row) => ({ ...row, email: row.email as Email }))
        .sort((a, b) => a.requestedAt.getTime() - b.requestedAt.getTime() || compareCodePoints(a.id, b.id));
    },
  };
}
