import { sql } from "drizzle-orm";
import { index, pgTable, primaryKey, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";

const instant = (name: string) => timestamp(name, { withTimezone: true, mode: "date" });

/**
 * Identity context: people, company/CFA organisations, who belongs where, single-use links and sessions.
 * Ids are opaque strings (UUID v4). Deleting a person deletes their memberships, sessions and links.
 */
export const users = pgTable("users", {
  id: text("id").primaryKey(),
  /** parseEmail's lower-case form. */
  email: text("email").notNull().unique(),
  firstName: text("first_name"),
  lastName: text("last_name"),
  phone: text("phone"),
  emailConfirmedAt: instant("email_confirmed_at"),
  createdAt: instant("created_at").notNull(),
});

/** One open organisation per (kind, SIRET): a closed one (no member left) frees its SIRET for a new sign-up. */
export const organisations = pgTable(
  "organisations",
  {
    id: text("id").primaryKey(),
    kind: text("kind", { enum: ["company", "cfa"] }).notNull(),
    siret: text("siret").notNull(),
    displayName: text("display_name").notNull(),
    createdAt: instant("created_at").notNull(),
    disabledAt: instant("disabled_at"),
    closedAt: instant("closed_at"),
  },
  (t) => [
    uniqueIndex("organisations_open_kind_siret").on(t.kind, t.siret).where(sql`closed_at is null`),
    index("organisations_created_at").on(t.createdAt, t.id),
  ],
);

export const memberships = pgTable(
  "memberships",
  {
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    organisationId: text("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    createdAt: instant("created_at").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.organisationId] }),
    index("memberships_organisation").on(t.organisationId),
  ],
);

/**
 * Login, email-change and invitation links (docs/adr/0007): the SHA-256 of the token only. `user_id` is the
 * person a login or email change is for; `organisation_id` and `email` the invitation's target; `email` the
 * new address of an email change.
 */
export const identityLinks = pgTable(
  "identity_links",
  {
    id: text("id").primaryKey(),
    tokenHash: text("token_hash").notNull().unique(),
    purpose: text("purpose", { enum: ["login", "email_confirmation", "invitation"] }).notNull(),
    userId: text("user_id").references(() => users.id, { onDelete: "cascade" }),
    organisationId: text("organisation_id").references(() => organisations.id, { onDelete: "cascade" }),
    email: text("email"),
    expiresAt: instant("expires_at").notNull(),
    usedAt: instant("used_at"),
    createdAt: instant("created_at").notNull(),
  },
  (t) => [index("identity_links_user").on(t.userId), index("identity_links_expires_at").on(t.expiresAt)],
);

export const sessions = pgTable(
  "sessions",
  {
    id: text("id").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: instant("created_at").notNull(),
    expiresAt: instant("expires_at").notNull(),
    revokedAt: instant("revoked_at"),
  },
  (t) => [index("sessions_user").on(t.userId)],
);
