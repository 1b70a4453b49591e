import type { PartnerApiKeyRepository } from "../../application/partner-access/ports.ts";
import type { PartnerApiKey } from "../../domain/partner-access/partner-api-key.ts";

/** Behaves as partner-api-keys.postgres.ts; `rows()` lets tests check what was stored (never a clear key). */
export function createMemoryPartnerApiKeyRepository(): PartnerApiKeyRepository & {
  rows(): readonly PartnerApiKey[];
} {
  const keys = new Map<string, PartnerApiKey>();
  return {
    async save(key) {
      const taken = keys.has(key.id) || [...keys.values()].some((other) => other.keyHash === key.keyHash);
      if (taken) return "conflict";
      keys.set(key.id, key);
      return "saved";
    },
    findByHash: async (keyHash) => [...keys.values()].find((key) => key.keyHash === keyHash) ?? null,
    async revoke(id, now) {
      const key = keys.get(id);
      if (!key || key.revokedAt !== null) return false;
      keys.set(id, { ...key, revokedAt: now });
      return true;
    },
    list: async () => [...keys.values()].sort(oldestFirst),
    rows: () => [...keys.values()],
  };
}

/** created_at, then id in byte order (`collate "C"`; the ASCII ids we issue compare the same as UTF-16). */
function oldestFirst(a: PartnerApiKey, b: PartnerApiKey): number {
  const difference = a.createdAt.getTime() - b.createdAt.getTime();
  if (difference !== 0) return difference;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
