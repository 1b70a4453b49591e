import { sql } from "drizzle-orm";
import { index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";

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
  /** The stored revision (docs/adr/0018): every write checks it and adds one. */
  version: integer("version").notNull().default(1),
});

/**
 * One confirmed open organisation per (kind, SIRET) (docs/adr/0015): a sign-up is pending (`confirmed_at` null)
 * until its first member uses a login link, and holds no SIRET meanwhile; it is purged once
 * `sign_up_expires_at` has passed. A closed one (no member left) frees its SIRET for a new sign-up.
 */
export const organisations = pgTable(
  "organisations",
  {
    id: text("id").primaryKey(),
    kind: text("kind", { enum: ["company", "cfa"] }).notNull(),
    siret: text("siret").notNull(),
    displayName: text("display_name").notNull(),
    createdAt: instant("created_at").notNull(),
    confirmedAt: instant("confirmed_at"),
    signUpExpiresAt: instant("sign_up_expires_at"),
    disabledAt: instant("disabled_at"),
    closedAt: instant("closed_at"),
  },
  (t) => [
    uniqueIndex("organisations_confirmed_kind_siret")
      .on(t.kind, t.siret)
      .where(sql`closed_at is null and confirmed_at is not null`),
    index("organisations_created_at").on(t.createdAt, t.id),
    index("organisations_pending_expiry").on(t.signUpExpiresAt).where(sql`confirmed_at is null`),
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
    /** docs/adr/0015: admins (the founder first) invite and remove; members publish and manage offers. */
    role: text("role", { enum: ["admin", "member"] })
      .notNull()
      .default("member"),
    createdAt: instant("created_at").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.organisationId] }),
    index("memberships_organisation").on(t.organisationId),
  ],
);

/**
 * Login, email-change, invitation and join-request links (docs/adr/0007): the SHA-256 of the token only.
 * `user_id` is the person a login or email change is for, or the admin a join request was sent to;
 * `organisation_id` and `email` the invitation's target or the join request's organisation and requester;
 * `email` the new address of an email change.
 */
export const identityLinks = pgTable(
  "identity_links",
  {
    id: text("id").primaryKey(),
    tokenHash: text("token_hash").notNull().unique(),
    purpose: text("purpose", { enum: ["login", "email_confirmation", "invitation", "join_request"] }).notNull(),
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

/**
 * Requests to join an organisation whose SIRET is taken (docs/adr/0015): its admins get a link to accept. At most
 * one open (not accepted) request per organisation and email; an expired one is renewed by the next request.
 */
export const joinRequests = pgTable(
  "join_requests",
  {
    id: text("id").primaryKey(),
    organisationId: text("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    email: text("email").notNull(),
    firstName: text("first_name").notNull(),
    lastName: text("last_name").notNull(),
    phone: text("phone").notNull(),
    createdAt: instant("created_at").notNull(),
    expiresAt: instant("expires_at").notNull(),
    acceptedAt: instant("accepted_at"),
  },
  (t) => [
    uniqueIndex("join_requests_open").on(t.organisationId, t.email).where(sql`accepted_at is null`),
    index("join_requests_expires_at").on(t.expiresAt),
  ],
);

/**
 * `POST /auth/magic-link` only queues the typed address here; the `identity:login-links` job decides whether it
 * has an account and emails the link, so the request does the same work either way (docs/adr/0015).
 */
export const loginLinkRequests = pgTable(
  "login_link_requests",
  {
    id: text("id").primaryKey(),
    email: text("email").notNull(),
    requestedAt: instant("requested_at").notNull(),
  },
  (t) => [index("login_link_requests_requested_at").on(t.requestedAt, t.id)],
);
