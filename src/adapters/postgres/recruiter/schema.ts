import { jsonb, pgTable, text, timestamp } from "drizzle-orm/pg-core";
import { organisations } from "../identity/schema.ts";

/**
 * Recruiter context: the establishment each organisation signed up with (legal data from INSEE or the
 * apprenticeship catalogue, OPCO), one row per organisation, written in the sign-up's transaction; it goes with a
 * pending sign-up that expires unconfirmed (docs/adr/0015).
 */
export const establishmentProfiles = pgTable("establishment_profiles", {
  organisationId: text("organisation_id")
    .primaryKey()
    .references(() => organisations.id, { onDelete: "cascade" }),
  siret: text("siret").notNull(),
  legalName: text("legal_name").notNull(),
  brand: text("brand"),
  street: text("street").notNull(),
  postcode: text("postcode"),
  city: text("city"),
  insee: text("insee"),
  nafCode: text("naf_code"),
  nafLabel: text("naf_label"),
  headcountBand: text("headcount_band"),
  /** `{code, label, source}` or null when unknown (docs/PRODUCT.md §2: "je ne sais pas" is allowed). */
  opco: jsonb("opco").$type<{ code: string; label: string; source: "resolved" | "declared" }>(),
  uai: text("uai"),
  createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull(),
});
