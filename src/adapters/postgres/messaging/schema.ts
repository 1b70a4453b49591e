import { bigint, customType, index, integer, jsonb, pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";

const instant = (name: string) => timestamp(name, { withTimezone: true, mode: "date" });

/** drizzle 0.45 has no bytea column; postgres.js reads a Buffer, PGlite a Uint8Array: both become a Uint8Array. */
const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({
  dataType: () => "bytea",
  fromDriver: (value) => new Uint8Array(value),
});

/**
 * Messaging context. The transactional outbox: use cases insert here in their own transaction, the
 * `outbox:dispatch` job delivers. `next_attempt_at` null means "due at once" (a first attempt), so a message
 * enqueued by a job run "as of" a future instant is still delivered now. `locked_until` is the dispatcher's
 * lease: a crashed dispatcher's messages become claimable again when it ends (renewed by a heartbeat while it
 * sends). The body is kept sealed only until the message is sent; a sent message is purged after the retention.
 */
export const outboxMessages = pgTable(
  "outbox_messages",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    idempotencyKey: text("idempotency_key").notNull().unique(),
    recipient: text("recipient").notNull(),
    replyTo: text("reply_to"),
    subject: text("subject").notNull(),
    /** The body of a message enqueued before bodies were sealed (docs/adr/0017); null for the others. */
    text: text("text"),
    html: text("html"),
    /**
     * `{text, html, attachments?}` sealed under the idempotency key (docs/adr/0017), each attachment's bytes in
     * base64; dropped (null) once the message is sent.
     */
    sealedBody: text("sealed_body"),
    status: text("status", { enum: ["pending", "sent", "dead"] })
      .notNull()
      .default("pending"),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: instant("next_attempt_at"),
    lockedUntil: instant("locked_until"),
    lastError: text("last_error"),
    createdAt: instant("created_at").notNull(),
    sentAt: instant("sent_at"),
  },
  (t) => [index("outbox_messages_due").on(t.status, t.nextAttemptAt)],
);

/** What the local mail driver (MAIL_DRIVER=mailbox) delivered; one row per idempotency key. `attachments` lists them. */
export const mailboxMessages = pgTable(
  "mailbox_messages",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    idempotencyKey: text("idempotency_key").notNull().unique(),
    recipient: text("recipient").notNull(),
    subject: text("subject").notNull(),
    text: text("text").notNull(),
    html: text("html"),
    attachments: jsonb("attachments")
      .$type<{ filename: string; contentType: string; size: number }[]>()
      .notNull()
      .default([]),
    deliveredAt: instant("delivered_at").notNull(),
  },
  (t) => [index("mailbox_messages_recipient").on(t.recipient, t.deliveredAt)],
);

/**
 * The bytes of what `mailbox_messages.attachments` lists, at the same position, so a developer can open a CV
 * (GET /dev/mailbox/attachments/{id}). Development only, like the mailbox itself: kept as sent, not sealed.
 */
export const mailboxAttachments = pgTable(
  "mailbox_attachments",
  {
    messageId: bigint("message_id", { mode: "number" })
      .notNull()
      .references(() => mailboxMessages.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    filename: text("filename").notNull(),
    contentType: text("content_type").notNull(),
    content: bytea("content").notNull(),
  },
  (t) => [primaryKey({ columns: [t.messageId, t.position] })],
);
