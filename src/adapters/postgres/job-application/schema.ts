import { sql } from "drizzle-orm";
import { check, index, integer, pgTable, text, timestamp } from "drizzle-orm/pg-core";
import type { LinkPurpose } from "../../../domain/shared/link-token.ts";

const instant = (name: string) => timestamp(name, { withTimezone: true, mode: "date" });

/**
 * Job-application context: one row per application with what the emails and the console show of its target as it
 * was, the candidate, the CV's reference (its bytes are in `application_cvs`), the delivery state and the scan
 * lease of the `applications:deliver` job, the company's answer and the console's pipeline; and the company's
 * quick-response links (token hashes only).
 */
export const jobApplications = pgTable(
  "job_applications",
  {
    id: text("id").primaryKey(),
    targetKind: text("target_kind", { enum: ["offer", "partner_offer", "company"] }).notNull(),
    /** The offer's id, the France Travail offer's id or the company's SIRET. */
    targetId: text("target_id").notNull(),
    /** `targetKeyOf(target)`: what the per-target quota counts. */
    targetKey: text("target_key").notNull(),
    targetTitle: text("target_title").notNull(),
    companyName: text("company_name").notNull(),
    organisationId: text("organisation_id"),
    recipientEmail: text("recipient_email").notNull(),
    candidateFirstName: text("candidate_first_name").notNull(),
    candidateLastName: text("candidate_last_name").notNull(),
    candidateEmail: text("candidate_email").notNull(),
    candidatePhone: text("candidate_phone"),
    message: text("message").notNull(),
    /** The CV's reference; all null once the retention purge deleted it. */
    cvId: text("cv_id"),
    cvFilename: text("cv_filename"),
    cvKind: text("cv_kind", { enum: ["pdf", "docx"] }),
    cvSize: integer("cv_size"),
    deliveryState: text("delivery_state", { enum: ["awaiting_scan", "delivered", "infected"] }).notNull(),
    deliveredAt: instant("delivered_at"),
    scanAttempts: integer("scan_attempts").notNull().default(0),
    /** Until when a run of the delivery job holds the application (null: never claimed). */
    scanLeaseUntil: instant("scan_lease_until"),
    answerIntention: text("answer_intention", { enum: ["interview", "later", "refuse"] }),
    answerMessage: text("answer_message"),
    answeredAt: instant("answered_at"),
    status: text("status", { enum: ["new", "seen", "interview", "hired", "refused"] }).notNull(),
    notes: text("notes"),
    createdAt: instant("created_at").notNull(),
    lastActivityAt: instant("last_activity_at").notNull(),
    anonymisedAt: instant("anonymised_at"),
  },
  (t) => [
    // The quota counts a candidate's applications of the last 24 h, the email compared case-insensitively.
    index("job_applications_candidate_created").on(sql`lower(${t.candidateEmail})`, t.createdAt),
    // The console's pages of an offer (newest first, id breaking ties), its counts and the "offer filled" emails.
    index("job_applications_target_created").on(
      t.targetKind,
      t.targetId,
      t.createdAt.desc().nullsFirst(),
      t.id.desc().nullsFirst(),
    ),
    index("job_applications_awaiting_scan").on(t.createdAt, t.id).where(sql`delivery_state = 'awaiting_scan'`),
    // Retention (docs/PRODUCT.md §7): CVs 90 days after delivery, applications 2 years without activity.
    index("job_applications_cv_retention")
      .on(t.deliveredAt, t.id)
      .where(sql`cv_id is not null and delivery_state = 'delivered'`),
    index("job_applications_inactive").on(t.lastActivityAt, t.id).where(sql`anonymised_at is null`),
    check(
      "job_applications_cv_whole",
      sql`(${t.cvId} is null) = (${t.cvFilename} is null) and (${t.cvId} is null) = (${t.cvKind} is null) and (${t.cvId} is null) = (${t.cvSize} is null)`,
    ),
    check("job_applications_answer_whole", sql`(${t.answerIntention} is null) = (${t.answeredAt} is null)`),
  ],
);

/**
 * The quick-response links of the company's email (30 days, usable many times). No foreign key: the link is saved
 * in the transaction that inserts its application, before the application's row.
 */
export const applicationResponseLinks = pgTable(
  "application_response_links",
  {
    id: text("id").primaryKey(),
    applicationId: text("application_id").notNull(),
    tokenHash: text("token_hash").notNull().unique(),
    purpose: text("purpose").$type<LinkPurpose>().notNull(),
    expiresAt: instant("expires_at").notNull(),
    usedAt: instant("used_at"),
    createdAt: instant("created_at").notNull(),
  },
  (t) => [index("application_response_links_application").on(t.applicationId)],
);
