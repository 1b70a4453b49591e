import { integer, pgTable, text, timestamp } from "drizzle-orm/pg-core";

/**
 * Rate-limit counters shared by every instance on one database (docs/adr/0016), in the shape rate-limiter-flexible's
 * Drizzle store reads and writes: one row per bucket, `points` consumed in the window that ends at `expire`. Created
 * by a migration like every table (the library is told never to create it); rows expired an hour ago are deleted by
 * the library every five minutes.
 */
export const rateLimits = pgTable("rate_limits", {
  key: text("key").primaryKey(),
  points: integer("points").notNull(),
  expire: timestamp("expire", { withTimezone: true, mode: "date" }),
});
