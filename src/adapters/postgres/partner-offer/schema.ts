import { doublePrecision, index, pgTable, text, timestamp } from "drizzle-orm/pg-core";

const instant = (name: string) => timestamp(name, { withTimezone: true, mode: "date" });

/**
 * Partner-offer context: the copy of France Travail's apprenticeship and professionalisation offers, kept by the
 * daily sync. `withdrawn` rows are offers France Travail no longer returns (never shown, not in search).
 * `created_at`/`updated_at` are France Travail's; `changed_at` is when our copy last changed (a sync that finds
 * the offer unchanged does not write it).
 */
export const partnerOffers = pgTable(
  "partner_offers",
  {
    id: text("id").primaryKey(),
    title: text("title").notNull(),
    romeCode: text("rome_code").notNull(),
    companyName: text("company_name"),
    placeLabel: text("place_label"),
    city: text("city"),
    postcode: text("postcode"),
    inseeCode: text("insee_code"),
    latitude: doublePrecision("latitude"),
    longitude: doublePrecision("longitude"),
    createdAt: instant("created_at").notNull(),
    updatedAt: instant("updated_at").notNull(),
    contractTypes: text("contract_types").array().notNull(),
    diplomaLevel: text("diploma_level"),
    description: text("description").notNull(),
    contactEmail: text("contact_email"),
    status: text("status", { enum: ["active", "withdrawn"] }).notNull(),
    changedAt: instant("changed_at").notNull(),
  },
  (t) => [index("partner_offers_status").on(t.status)],
);
