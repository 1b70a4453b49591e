import type { UserRepository } from "../../application/identity/ports.ts";
import type { IdentityTables } from "./identity-tables.memory.ts";

/** Behaves as users.postgres.ts (tests/contracts/identity-repositories.contract.ts), cascades included. */
export function createMemoryUserRepository(tables: IdentityTables): UserRepository {
  const byEmail = (email: string) => [...tables.users.values()].find((user) => user.email === email) ?? null;
  return {
    findById: async (id) => tables.users.get(id) ?? null,
    findByEmail: async (email) => byEmail(email),
    async findOrCreate(user) {
      const existing = byEmail(user.email);
      if (existing) return { user: existing, created: false };
      tables.users.set(user.id, user);
      return { user, created: true };
    },
    async update(user) {
      const current = tables.users.get(user.id);
      if (!current) return "updated";
      // As the conditional UPDATE: a stale revision writes nothing, so the unique email is not even checked.
      if (current.version !== user.version) return "conflict";
      const holder = byEmail(user.email);
      if (holder && holder.id !== user.id) return "email_taken";
      tables.users.set(user.id, { ...user, createdAt: current.createdAt, version: user.version + 1 });
      return "updated";
    },
    async delete(id) {
      tables.users.delete(id);
      tables.memberships = tables.memberships.filter((membership) => membership.userId !== id);
      for (const [key, session] of tables.sessions) if (session.userId === id) tables.sessions.delete(key);
      for (const [key, link] of tables.links) {
        if (link.purpose !== "invitation" && link.userId === id) tables.links.delete(key);
      }
    },
  };
}
