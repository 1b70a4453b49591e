import type { JoinRequestRepository } from "../../application/identity/ports.ts";
import { compareCodePoints } from "../../domain/shared/search-text.ts";
import type { IdentityTables } from "./identity-tables.memory.ts";

/** Behaves as join-requests.postgres.ts. */
export function createMemoryJoinRequestRepository(tables: IdentityTables): JoinRequestRepository {
  const unaccepted = (organisationId: string, email: string) =>
    [...tables.joinRequests.values()].find(
      (r) => r.organisationId === organisationId && r.email === email && r.acceptedAt === null,
    ) ?? null;
  return {
    async save(request) {
      if (unaccepted(request.organisationId, request.email)) return "exists";
      tables.joinRequests.set(request.id, request);
      return "saved";
    },
    findUnaccepted: async (organisationId, email) => unaccepted(organisationId, email),
    async delete(id) {
      tables.joinRequests.delete(id);
    },
    async markAccepted(id, now) {
      const request = tables.joinRequests.get(id);
      if (!request || request.acceptedAt !== null) return false;
      tables.joinRequests.set(id, { ...request, acceptedAt: now });
      return true;
    },
    async listOpen({ now, page, pageSize }) {
      const open = [...tables.joinRequests.values()]
        .filter((r) => r.acceptedAt === null && r.expiresAt.getTime() > now.getTime())
        .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || compareCodePoints(a.id, b.id));
      return { items: open.slice((page - 1) * pageSize, page * pageSize), total: open.length };
    },
  };
}
