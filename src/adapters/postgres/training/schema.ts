import { boolean, doublePrecision, jsonb, pgTable, text, timestamp } from "drizzle-orm/pg-core";

/**
 * Training catalogue context: the training establishments (organismes formateurs) with the ROME codes their
 * trainings prepare for and where they are. Demo rows in development mode until the catalogue import fills it.
 * Geo queries use earthdistance (`ll_to_earth`) on latitude/longitude.
 */
export const trainingProviders = pgTable("training_providers", {
  siret: text("siret").primaryKey(),
  uai: text("uai"),
  legalName: text("legal_name").notNull(),
  street: text("street").notNull(),
  postcode: text("postcode"),
  city: text("city"),
  insee: text("insee"),
  latitude: doublePrecision("latitude"),
  longitude: doublePrecision("longitude"),
  qualiopi: boolean("qualiopi").notNull(),
  /** Where a recruiter's shared need is sent (the catalogue's contact of the establishment). */
  contactEmail: text("contact_email"),
  /** ROME codes of its trainings, e.g. ["D1102", "D1104"]. */
  romeCodes: jsonb("rome_codes").$type<string[]>().notNull(),
  /** Where the row comes from: "demo" (labelled demo data) or the catalogue import's name. */
  source: text("source").notNull(),
  updatedAt: timestamp("updated_at", { withTimezone: true, mode: "date" }).notNull(),
});
