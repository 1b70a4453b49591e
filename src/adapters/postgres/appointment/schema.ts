import { boolean, index, jsonb, pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";

const instant = (name: string) => timestamp(name, { withTimezone: true, mode: "date" });

/** The three platform switches every settings row carries. */
const switches = () => ({
  lba: boolean("lba").notNull(),
  onisep: boolean("onisep").notNull(),
  parcoursup: boolean("parcoursup").notNull(),
});

/**
 * Appointment context (RDVA): support's settings per establishment (formateur SIRET) and per training, kept apart
 * from the catalogue's tables so that an import never undoes them; the candidates' requests with the CFA's answer
 * and the one reminder; the reply links and Parcoursup invitations emails carry (token hashes only).
 */
export const appointmentEstablishmentSettings = pgTable("appointment_establishment_settings", {
  siret: text("siret").primaryKey(),
  ...switches(),
  contactEmail: text("contact_email"),
  updatedAt: instant("updated_at").notNull(),
});

/** Keyed by the training's id, which stays the same across imports (it derives from the catalogue's key). */
export const appointmentTrainingSettings = pgTable("appointment_training_settings", {
  trainingId: text("training_id").primaryKey(),
  ...switches(),
  contactEmail: text("contact_email"),
  updatedAt: instant("updated_at").notNull(),
});

export const appointmentRequests = pgTable(
  "appointment_requests",
  {
    id: text("id").primaryKey(),
    trainingId: text("training_id").notNull(),
    trainingTitle: text("training_title").notNull(),
    formateurSiret: text("formateur_siret").notNull(),
    establishmentName: text("establishment_name").notNull(),
    platform: text("platform", { enum: ["lba", "onisep", "parcoursup"] }).notNull(),
    firstName: text("first_name").notNull(),
    lastName: text("last_name").notNull(),
    email: text("email").notNull(),
    phone: text("phone").notNull(),
    applicantType: text("applicant_type", { enum: ["student", "parent"] }).notNull(),
    reasons: jsonb("reasons").$type<string[]>().notNull(),
    message: text("message"),
    recipientEmail: text("recipient_email").notNull(),
    createdAt: instant("created_at").notNull(),
    answerIntention: text("answer_intention", { enum: ["personalised_answer", "other_channel", "unreachable"] }),
    answerMessage: text("answer_message"),
    answeredAt: instant("answered_at"),
    remindedAt: instant("reminded_at"),
  },
  (t) => [
    index("appointment_requests_created").on(t.createdAt, t.id),
    index("appointment_requests_siret_created").on(t.formateurSiret, t.createdAt),
  ],
);

/**
 * The 4-day rule's guard: one row per (candidate email, training), holding the instant of the last accepted request.
 * A new request replaces it in one upsert only when that instant is old enough, so two instances racing on the same
 * pair cannot both accept (the second waits for the first's row, then sees it).
 */
export const appointmentRequestSlots = pgTable(
  "appointment_request_slots",
  {
    email: text("email").notNull(),
    trainingId: text("training_id").notNull(),
    requestedAt: instant("requested_at").notNull(),
  },
  (t) => [primaryKey({ columns: [t.email, t.trainingId] })],
);

export const appointmentReplyLinks = pgTable(
  "appointment_reply_links",
  {
    id: text("id").primaryKey(),
    tokenHash: text("token_hash").notNull().unique(),
    requestId: text("request_id")
      .notNull()
      .references(() => appointmentRequests.id),
    expiresAt: instant("expires_at").notNull(),
    createdAt: instant("created_at").notNull(),
  },
  (t) => [index("appointment_reply_links_request").on(t.requestId)],
);

export const parcoursupInvitations = pgTable("parcoursup_invitations", {
  id: text("id").primaryKey(),
  tokenHash: text("token_hash").notNull().unique(),
  siret: text("siret").notNull(),
  establishmentName: text("establishment_name").notNull(),
  recipientEmail: text("recipient_email").notNull(),
  expiresAt: instant("expires_at").notNull(),
  usedAt: instant("used_at"),
  createdAt: instant("created_at").notNull(),
});
