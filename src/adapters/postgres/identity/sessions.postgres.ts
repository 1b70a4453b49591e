import { and, eq, isNull } from "drizzle-orm";
import type { SessionRepository } from "../../../application/identity/ports.ts";
import type { Db } from "../database.ts";
import { sessions } from "./schema.ts";

/** `db` may be a transaction handle (UnitOfWork). */
export function createPgSessionRepository(db: Db): SessionRepository {
  return {
    async create(session) {
      await db.insert(sessions).values(session);
    },
    async findById(id) {
      const rows = await db.select().from(sessions).where(eq(sessions.id, id)).limit(1);
      return rows[0] ?? null;
    },
    async revoke(id, now) {
      await db
        .update(sessions)
        .set({ revokedAt: now })
        .where(and(eq(sessions.id, id), isNull(sessions.revokedAt)));
    },
  };
}
