import type { LoginLinkRequestQueue } from "../../application/identity/ports.ts";
import { compareCodePoints } from "../../domain/shared/search-text.ts";
import type { IdentityTables } from "./identity-tables.memory.ts";

/** Behaves as login-link-requests.postgres.ts: oldest first. */
export function createMemoryLoginLinkRequestQueue(tables: IdentityTables): LoginLinkRequestQueue {
  return {
    async add(request) {
      tables.loginLinkRequests = [...tables.loginLinkRequests, request];
    },
    async take(limit) {
      const queued = [...tables.loginLinkRequests].sort(
        (a, b) => a.requestedAt.getTime() - b.requestedAt.getTime() || compareCodePoints(a.id, b.id),
      );
      tables.loginLinkRequests = queued.slice(limit);
      return queued.slice(0, limit);
    },
  };
}
