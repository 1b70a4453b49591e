import { and, eq } from "drizzle-orm";
import type { UserRepository } from "../../../application/identity/ports.ts";
import type { User } from "../../../domain/identity/user.ts";
import type { Email } from "../../../domain/shared/email.ts";
import type { Db } from "../database.ts";
import { hasSqlState, UNIQUE_VIOLATION } from "../sql-state.ts";
import { users } from "./schema.ts";

type Row = typeof users.$inferSelect;

/** `db` may be a transaction handle (UnitOfWork). */
export function createPgUserRepository(db: Db): UserRepository {
  const findOne = async (condition: ReturnType<typeof eq>) =>
    (await db.select().from(users).where(condition).limit(1)).map(toUser)[0] ?? null;
  return {
    findById: (id) => findOne(eq(users.id, id)),
    findByEmail: (email) => findOne(eq(users.email, email)),
    async findOrCreate(user) {
      const inserted = await db.insert(users).values(user).onConflictDoNothing({ target: users.email }).returning();
      const created = inserted[0];
      if (created) return { user: toUser(created), created: true };
      return { user: (await findOne(eq(users.email, user.email))) as User, created: false };
    },
    async update(user) {
      const { id, createdAt: _createdAt, version, ...fields } = user;
      try {
        // A savepoint (or a transaction of its own outside a UnitOfWork): a refused row must not abort the caller's
        // transaction. The unique index decides, even against a concurrent transaction taking the same email.
        const updated = await db.transaction((savepoint) =>
          savepoint
            .update(users)
            .set({ ...fields, version: version + 1 })
            .where(and(eq(users.id, id), eq(users.version, version)))
            .returning({ id: users.id }),
        );
        return updated.length > 0 || !(await findOne(eq(users.id, id))) ? "updated" : "conflict";
      } catch (error) {
        if (hasSqlState(error, UNIQUE_VIOLATION)) return "email_taken";
        throw error;
      }
    },
    async delete(id) {
      await db.delete(users).where(eq(users.id, id));
    },
  };
}

function toUser(row: Row): User {
  return { ...row, email: row.email as Email };
}
