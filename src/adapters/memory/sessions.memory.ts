import type { SessionRepository } from "../../application/identity/ports.ts";
import type { IdentityTables } from "./identity-tables.memory.ts";

/** Behaves as sessions.postgres.ts. */
export function createMemorySessionRepository(tables: IdentityTables): SessionRepository {
  return {
    async create(session) {
      if (tables.sessions.has(session.id)) throw new Error(`duplicate session ${session.id}`);
      tables.sessions.set(session.id, session);
    },
    findById: async (id) => tables.sessions.get(id) ?? null,
    async revoke(id, now) {
      const session = tables.sessions.get(id);
      if (session && session.revokedAt === null) tables.sessions.set(id, { ...session, revokedAt: now });
    },
  };
}
