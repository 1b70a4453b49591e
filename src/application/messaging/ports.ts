import type { AttachmentInfo, EmailMessage } from "../../domain/messaging/email-message.ts";

/** A message the dispatcher has leased from the outbox and must now deliver. */
export type ClaimedEmail = Readonly<{
  id: string;
  /** Sent with every attempt, so a provider delivers it at most once (Resend keeps keys 24 h). */
  idempotencyKey: string;
  email: EmailMessage;
  /** Attempts so far, this one included. */
  attempts: number;
}>;

/**
 * The transactional outbox: use cases enqueue emails in their own UnitOfWork transaction; the dispatcher
 * claims, delivers and settles them. Messages are kept after delivery (status `sent`) or failure (`dead`).
 */
export interface Outbox {
  /**
   * Adds a pending message, due at once. Bound to a transaction, it commits or rolls back with it.
   * The idempotency key is unique (1–256 characters): a second message with a used key is not added and
   * the answer is `"duplicate"`, so a use case retried after a crash does not send its email twice.
   */
  enqueue(email: EmailMessage, options: { idempotencyKey: string; now: Date }): Promise<"enqueued" | "duplicate">;
  /**
   * Leases, in one atomic statement, at most `limit` pending messages due by `dueBy` (oldest first) whose
   * lease is free (none, or ended by `lease.from`): they stay pending but no other claim gets them until
   * `lease.until`, so a crashed dispatcher's messages come back when its lease ends. Counts the attempt.
   */
  claimDue(input: { dueBy: Date; limit: number; lease: { from: Date; until: Date } }): Promise<ClaimedEmail[]>;
  /** The message was delivered: status `sent`, lease released. */
  markSent(id: string, sentAt: Date): Promise<void>;
  /**
   * The attempt failed: back to pending until `nextAttemptAt`, or `dead` when `nextAttemptAt` is null; the
   * error is recorded. Ignored when the message is no longer pending (another dispatcher delivered it).
   */
  markFailed(id: string, failure: { error: string; nextAttemptAt: Date | null }): Promise<void>;
}

/** Delivers one email through a provider (Resend) or the local mailbox. */
export interface Mailer {
  /**
   * Delivers `email` at most once per `idempotencyKey`: a repeated call with the same key delivers nothing
   * new and succeeds. Throws UpstreamUnavailable (shared/ports.ts) when the provider cannot take it now
   * (retry later), MailRejected when it refuses this message for good.
   */
  send(email: EmailMessage, idempotencyKey: string): Promise<void>;
}

/** The provider refused this message itself (invalid address, validation error): retrying cannot help. */
export class MailRejected extends Error {
  override name = "MailRejected";
}

/** A message the local mail driver captured. */
export type DeliveredEmail = Readonly<{
  to: string;
  subject: string;
  text: string;
  html: string | null;
  attachments: readonly AttachmentInfo[];
  sentAt: Date;
}>;

/** What the local mail driver captured (development mode), for GET /dev/mailbox. */
export interface Mailbox {
  /**
   * Newest first (delivery time, then delivery order), at most `limit`; only those sent to `to` when it is
   * given, compared case-insensitively.
   */
  list(filter: { to: string | null; limit: number }): Promise<DeliveredEmail[]>;
}
