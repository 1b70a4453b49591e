import { doublePrecision, index, integer, jsonb, pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";
import { organisations } from "../identity/schema.ts";

const instant = (name: string) => timestamp(name, { withTimezone: true, mode: "date" });

/**
 * Offer context: the offers organisations publish (one row per offer, its status and life), the single-use
 * links emails carry (extend from a reminder, see a company's contact from a CFA share), and the shares.
 */
export const offers = pgTable(
  "offers",
  {
    id: text("id").primaryKey(),
    organisationId: text("organisation_id")
      .notNull()
      .references(() => organisations.id),
    status: text("status", { enum: ["active", "expired", "filled", "deleted"] }).notNull(),
    romeCode: text("rome_code").notNull(),
    romeLabel: text("rome_label").notNull(),
    appellation: text("appellation"),
    diplomaLevel: text("diploma_level"),
    contractTypes: jsonb("contract_types").$type<string[]>().notNull(),
    startDate: text("start_date").notNull(),
    durationMonths: integer("duration_months").notNull(),
    openings: integer("openings").notNull(),
    description: text("description").notNull(),
    employerDescription: text("employer_description"),
    contactEmail: text("contact_email").notNull(),
    workplaceStreet: text("workplace_street"),
    workplacePostcode: text("workplace_postcode"),
    workplaceCity: text("workplace_city"),
    workplaceInsee: text("workplace_insee"),
    latitude: doublePrecision("latitude"),
    longitude: doublePrecision("longitude"),
    partnerSiret: text("partner_siret"),
    /** The public employer's name at publication; null for offers published before it was kept (filled at start-up). */
    employerName: text("employer_name"),
    createdBy: text("created_by").notNull(),
    createdAt: instant("created_at").notNull(),
    updatedAt: instant("updated_at").notNull(),
    expiresAt: instant("expires_at").notNull(),
    lifeNumber: integer("life_number").notNull(),
    /** The stored revision (docs/adr/0018): every write checks it and adds one. */
    version: integer("version").notNull().default(1),
    /** `[{kind: "J-7"|"J-1", sentAt: ISO}]` for the current life. */
    remindersSent: jsonb("reminders_sent").$type<{ kind: string; sentAt: string }[]>().notNull(),
    closedAt: instant("closed_at"),
    closeReason: text("close_reason"),
    closeReasonDetail: text("close_reason_detail"),
  },
  (t) => [
    index("offers_organisation_status").on(t.organisationId, t.status),
    index("offers_status_expires_at").on(t.status, t.expiresAt),
    // The partner feed reads offers in (updated_at, id) order from a cursor.
    index("offers_updated_at_id").on(t.updatedAt, t.id),
  ],
);

/** Single-use links of offer emails; only the SHA-256 of the token is stored. */
export const offerActionLinks = pgTable(
  "offer_action_links",
  {
    id: text("id").primaryKey(),
    tokenHash: text("token_hash").notNull().unique(),
    purpose: text("purpose", { enum: ["extend", "cfa_contact"] }).notNull(),
    offerId: text("offer_id")
      .notNull()
      .references(() => offers.id),
    /** The offer's life the link was issued in: an extend link from an older life no longer applies. */
    lifeNumber: integer("life_number").notNull(),
    cfaSiret: text("cfa_siret"),
    expiresAt: instant("expires_at").notNull(),
    usedAt: instant("used_at"),
    createdAt: instant("created_at").notNull(),
  },
  (t) => [index("offer_action_links_offer").on(t.offerId)],
);

/** Which training establishments an offer was shared with (at most once each). */
export const offerCfaShares = pgTable(
  "offer_cfa_shares",
  {
    offerId: text("offer_id")
      .notNull()
      .references(() => offers.id),
    cfaSiret: text("cfa_siret").notNull(),
    sharedAt: instant("shared_at").notNull(),
  },
  (t) => [primaryKey({ columns: [t.offerId, t.cfaSiret] })],
);
