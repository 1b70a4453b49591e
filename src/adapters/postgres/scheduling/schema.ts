import { bigint, pgTable, text, timestamp } from "drizzle-orm/pg-core";

const instant = (name: string) => timestamp(name, { withTimezone: true, mode: "date" });

/**
 * Scheduling context: one row per named job. A run happens only under the lease (`locked_by` until
 * `locked_until`) taken by one atomic UPDATE, so two instances never run the same job at once.
 */
export const scheduledJobs = pgTable("scheduled_jobs", {
  name: text("name").primaryKey(),
  nextRunAt: instant("next_run_at").notNull(),
  leaseMs: bigint("lease_ms", { mode: "number" }).notNull(),
  lockedBy: text("locked_by"),
  lockedUntil: instant("locked_until"),
  lastRunAt: instant("last_run_at"),
  lastError: text("last_error"),
});
