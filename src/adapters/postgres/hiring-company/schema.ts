import { doublePrecision, index, integer, pgTable, primaryKey, smallint, text, timestamp } from "drizzle-orm/pg-core";

const instant = (name: string) => timestamp(name, { withTimezone: true, mode: "date" });

/**
 * Hiring-company context: the algorithm companies of the monthly file. Each import fills a new `generation` while
 * the live one (hiring_company_live) serves; one short transaction moves the pointer (and the search read model's
 * own pointer), then the old generation is deleted. ROME codes and scores are parallel arrays, best score first.
 */
export const hiringCompanies = pgTable(
  "hiring_companies",
  {
    generation: integer("generation").notNull(),
    siret: text("siret").notNull(),
    legalName: text("legal_name").notNull(),
    brand: text("brand"),
    nafCode: text("naf_code").notNull(),
    nafLabel: text("naf_label").notNull(),
    street: text("street"),
    postcode: text("postcode").notNull(),
    city: text("city").notNull(),
    insee: text("insee").notNull(),
    latitude: doublePrecision("latitude").notNull(),
    longitude: doublePrecision("longitude").notNull(),
    romeCodes: text("rome_codes").array().notNull(),
    romeScores: smallint("rome_scores").array().notNull(),
    email: text("email"),
    phone: text("phone"),
    website: text("website"),
    importRank: integer("import_rank").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.generation, t.siret] }),
    // Dereferencing looks companies up by their known email.
    index("hiring_companies_email").on(t.email),
  ],
);

/** The generation searches and the detail read (one row, id 1); none before the first import. */
export const hiringCompanyLive = pgTable("hiring_company_live", {
  id: smallint("id").primaryKey(),
  generation: integer("generation").notNull(),
});

/** SIRETs out of search for good (FAQ "Comment déréférencer mon entreprise"): every import skips them. */
export const dereferencedCompanies = pgTable(
  "dereferenced_companies",
  {
    siret: text("siret").primaryKey(),
    reason: text("reason").notNull(),
    dereferencedAt: instant("dereferenced_at").notNull(),
  },
  (t) => [index("dereferenced_companies_at").on(t.dereferencedAt)],
);

/** Contact changes support approved, applied on top of every import's values (null: keep the file's). */
export const hiringCompanyContacts = pgTable(
  "hiring_company_contacts",
  {
    siret: text("siret").primaryKey(),
    email: text("email"),
    phone: text("phone"),
    updatedAt: instant("updated_at").notNull(),
  },
  (t) => [index("hiring_company_contacts_updated_at").on(t.updatedAt)],
);

/** Dereferencing confirmation links: the SHA-256 of the emailed token, never the token. */
export const companyUnsubscriptionLinks = pgTable("company_unsubscription_links", {
  id: text("id").primaryKey(),
  tokenHash: text("token_hash").notNull().unique(),
  email: text("email").notNull(),
  sirets: text("sirets").array().notNull(),
  reason: text("reason").notNull(),
  expiresAt: instant("expires_at").notNull(),
  usedAt: instant("used_at"),
  createdAt: instant("created_at").notNull(),
});

/** Contact update requests (`pending`, `approved`, `rejected`), support's queue in arrival order. */
export const companyUpdateRequests = pgTable(
  "company_update_requests",
  {
    id: text("id").primaryKey(),
    siret: text("siret").notNull(),
    email: text("email"),
    phone: text("phone"),
    requesterEmail: text("requester_email").notNull(),
    status: text("status").notNull(),
    createdAt: instant("created_at").notNull(),
    decidedAt: instant("decided_at"),
    decidedBy: text("decided_by"),
  },
  (t) => [index("company_update_requests_status_created").on(t.status, t.createdAt, t.id)],
);
