import { jsonb, pgTable, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { organisations } from "../identity/schema.ts";

/**
 * CFA-mandate context: the companies each CFA posts offers for ("entreprises partenaires"), with the legal data
 * INSEE gave when they were added, their OPCO and their recruitment contact. One row per (CFA, SIRET).
 */
export const partnerCompanies = pgTable(
  "partner_companies",
  {
    id: text("id").primaryKey(),
    cfaOrganisationId: text("cfa_organisation_id")
      .notNull()
      .references(() => organisations.id),
    siret: text("siret").notNull(),
    legalName: text("legal_name").notNull(),
    brand: text("brand"),
    street: text("street").notNull(),
    postcode: text("postcode"),
    city: text("city"),
    insee: text("insee"),
    nafCode: text("naf_code"),
    /** `{code, label}`, or null when no OPCO was found for the SIRET. */
    opco: jsonb("opco").$type<{ code: string; label: string }>(),
    contactFirstName: text("contact_first_name").notNull(),
    contactLastName: text("contact_last_name").notNull(),
    /** E.164. */
    contactPhone: text("contact_phone").notNull(),
    /** parseEmail's lower-case form. */
    contactEmail: text("contact_email").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull(),
  },
  // Also serves "the partners of this CFA" (its leading column).
  (t) => [uniqueIndex("partner_companies_cfa_siret").on(t.cfaOrganisationId, t.siret)],
);
