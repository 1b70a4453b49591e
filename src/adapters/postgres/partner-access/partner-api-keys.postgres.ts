import { and, asc, eq, isNull, sql } from "drizzle-orm";
import type { PartnerApiKeyRepository } from "../../../application/partner-access/ports.ts";
import type { PartnerApiKey } from "../../../domain/partner-access/partner-api-key.ts";
import type { Db } from "../database.ts";
import { partnerApiKeys } from "./schema.ts";

type Row = typeof partnerApiKeys.$inferSelect;

/** `db` may be a transaction handle (UnitOfWork). */
export function createPgPartnerApiKeyRepository(db: Db): PartnerApiKeyRepository {
  return {
    async save(key) {
      // The only unique constraints are the id and the hash: a skipped row is the port's conflict.
      const inserted = await db
        .insert(partnerApiKeys)
        .values(toRow(key))
        .onConflictDoNothing()
        .returning({ id: partnerApiKeys.id });
      return inserted.length > 0 ? "saved" : "conflict";
    },
    async findByHash(keyHash) {
      const rows = await db.select().from(partnerApiKeys).where(eq(partnerApiKeys.keyHash, keyHash)).limit(1);
      return rows[0] ? toKey(rows[0]) : null;
    },
    async revoke(id, now) {
      const updated = await db
        .update(partnerApiKeys)
        .set({ revokedAt: now })
        .where(and(eq(partnerApiKeys.id, id), isNull(partnerApiKeys.revokedAt)))
        .returning({ id: partnerApiKeys.id });
      return updated.length > 0;
    },
    async list() {
      const rows = await db
        .select()
        .from(partnerApiKeys)
        .orderBy(asc(partnerApiKeys.createdAt), sql`${partnerApiKeys.id} collate "C"`);
      return rows.map(toKey);
    },
  };
}

function toRow(key: PartnerApiKey): typeof partnerApiKeys.$inferInsert {
  const { quota, ...fields } = key;
  return { ...fields, quotaLimit: quota.limit, quotaWindowMs: quota.windowMs };
}

function toKey(row: Row): PartnerApiKey {
  const { quotaLimit, quotaWindowMs, ...fields } = row;
  return { ...fields, quota: { limit: quotaLimit, windowMs: quotaWindowMs } };
}
