import type { IdentityLinkRepository } from "../../application/identity/ports.ts";
import type { IdentityTables } from "./identity-tables.memory.ts";

/** Behaves as identity-links.postgres.ts. */
export function createMemoryIdentityLinkRepository(tables: IdentityTables): IdentityLinkRepository {
  return {
    async save(link) {
      const duplicate = [...tables.links.values()].some((l) => l.tokenHash === link.tokenHash || l.id === link.id);
      if (duplicate) throw new Error(`duplicate identity link ${link.id}`);
      tables.links.set(link.id, link);
    },
    findByTokenHash: async (tokenHash) => [...tables.links.values()].find((l) => l.tokenHash === tokenHash) ?? null,
    async markUsed(id, now) {
      const link = tables.links.get(id);
      if (!link || link.usedAt !== null) return false;
      tables.links.set(id, { ...link, usedAt: now });
      return true;
    },
  };
}
