import { customType, pgTable, text, timestamp } from "drizzle-orm/pg-core";

/** drizzle 0.45 has no bytea column; postgres.js reads it as a Buffer and PGlite as a Uint8Array: both become this. */
const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({
  dataType: () => "bytea",
  fromDriver: (value) => new Uint8Array(value),
});

/**
 * Job-application context: the candidates' CVs, one row per file, kept until the retention purge (90 days after
 * delivery). `sealed` is the file encrypted by the CvCipher (AES-256-GCM, the cv id as additional data), never
 * its bytes; `application_id` is the application it came with.
 */
export const applicationCvs = pgTable("application_cvs", {
  id: text("id").primaryKey(),
  applicationId: text("application_id").notNull(),
  filename: text("filename").notNull(),
  contentType: text("content_type").notNull(),
  sealed: bytea("sealed").notNull(),
  createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull(),
});
