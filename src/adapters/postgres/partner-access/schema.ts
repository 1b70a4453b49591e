import { sql } from "drizzle-orm";
import { check, integer, pgTable, text, timestamp } from "drizzle-orm/pg-core";

const instant = (name: string) => timestamp(name, { withTimezone: true, mode: "date" });

/**
 * Partner access context: API keys of partner platforms (docs/API.md "Partners"). Only the SHA-256 of a key is kept
 * (lower-case hex), unique so a presented key finds at most one row. Each key has its own quota (requests per
 * sliding window); a revoked key stays listed with its date.
 */
export const partnerApiKeys = pgTable(
  "partner_api_keys",
  {
    id: text("id").primaryKey(),
    partnerName: text("partner_name").notNull(),
    keyHash: text("key_hash").notNull().unique(),
    quotaLimit: integer("quota_limit").notNull(),
    quotaWindowMs: integer("quota_window_ms").notNull(),
    createdAt: instant("created_at").notNull(),
    revokedAt: instant("revoked_at"),
  },
  (t) => [
    check("partner_api_keys_quota_positive", sql`${t.quotaLimit} > 0 and ${t.quotaWindowMs} > 0`),
    check("partner_api_keys_key_hash_sha256", sql`${t.keyHash} ~ '^[0-9a-f]{64}$'`),
  ],
);
