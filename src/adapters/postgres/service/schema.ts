import { index, pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";

const instant = (name: string) => timestamp(name, { withTimezone: true, mode: "date" });

/**
 * Platform: the Idempotency-Key of writes (docs/adr/0018), one row per caller-and-route scope and key. `answer` is
 * null while the first request runs (it holds the key until `held_until`), then the sealed first answer, given again
 * until `expires_at`. `scope` names the caller by a hash of its credentials, never the credentials.
 */
export const idempotencyKeys = pgTable(
  "idempotency_keys",
  {
    scope: text("scope").notNull(),
    key: text("key").notNull(),
    fingerprint: text("fingerprint").notNull(),
    answer: text("answer"),
    heldUntil: instant("held_until").notNull(),
    expiresAt: instant("expires_at").notNull(),
    createdAt: instant("created_at").notNull(),
  },
  (t) => [primaryKey({ columns: [t.scope, t.key] }), index("idempotency_keys_expires_at").on(t.expiresAt)],
);
