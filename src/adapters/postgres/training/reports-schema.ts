import { sql } from "drizzle-orm";
import { check, index, pgTable, text, timestamp } from "drizzle-orm/pg-core";

/**
 * Training context: "my training is missing" reports sent to support (docs/PRODUCT.md §4), kept once resolved as
 * their history. Exactly one of `insee` and `postcode` holds the place.
 */
export const trainingReports = pgTable(
  "training_reports",
  {
    id: text("id").primaryKey(),
    siret: text("siret").notNull(),
    rncp: text("rncp"),
    cfd: text("cfd"),
    /** `YYYY-MM`, the enrolment period as the Carif-Oref catalogue writes it. */
    period: text("period").notNull(),
    insee: text("insee"),
    postcode: text("postcode"),
    /** parseEmail's lower-case form. */
    reporterEmail: text("reporter_email").notNull(),
    /** `open` or `resolved`. */
    status: text("status").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull(),
    resolvedAt: timestamp("resolved_at", { withTimezone: true, mode: "date" }),
    /** The support member's user id. */
    resolvedBy: text("resolved_by"),
    resolutionNote: text("resolution_note"),
  },
  (t) => [
    // Support's list: by status, in arrival order.
    index("training_reports_status_created").on(t.status, t.createdAt),
    check("training_reports_one_place", sql`(${t.insee} is null) <> (${t.postcode} is null)`),
  ],
);
