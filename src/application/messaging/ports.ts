import type { AttachmentInfo, EmailAttachment, EmailMessage } from "../../domain/messaging/email-message.ts";

/** A message the dispatcher has leased from the outbox and must now deliver. */
export type ClaimedEmail = Readonly<{
  id: string;
  /** Sent with every attempt, so a provider delivers it at most once (Resend keeps keys 24 h). */
  idempotencyKey: string;
  /**
   * null when the stored body cannot be read here: sealed with another key (docs/adr/0017), e.g. by an instance
   * started with another SESSION_SECRET during a deployment. The dispatcher retries it later, then gives up.
   */
  email: EmailMessage | null;
  /** Attempts so far, this one included: with `id`, it names this claim (a later claim counts one more). */
  attempts: number;
}>;

/**
 * The transactional outbox: use cases enqueue emails in their own UnitOfWork transaction; the dispatcher
 * claims, delivers and settles them. The body and the attachments are stored sealed (links in emails open
 * accounts, a CV is personal data) and dropped once the message is sent (docs/adr/0017); a sent message is purged
 * after the retention, a dead one is kept. A claimed message carries its attachments byte for byte.
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
  /**
   * Extends to `until` the lease of these claims that are still pending and not claimed again since (same
   * attempt count): the dispatcher's heartbeat, so a short lease outlasts a slow batch but not a dead process.
   */
  renewLeases(claims: readonly Pick<ClaimedEmail, "id" | "attempts">[], until: Date): Promise<void>;
  /** The message was delivered: status `sent`, lease released, its body dropped (only what delivery needed). */
  markSent(id: string, sentAt: Date): Promise<void>;
  /**
   * The attempt failed: back to pending until `nextAttemptAt`, or `dead` when `nextAttemptAt` is null; the
   * error is recorded. Ignored when the message is no longer pending (another dispatcher delivered it).
   */
  markFailed(id: string, failure: { error: string; nextAttemptAt: Date | null }): Promise<void>;
}

/** A message delivery gave up on, as an operator lists it (`npm run outbox -- dead`). */
export type DeadEmail = Readonly<{
  id: string;
  idempotencyKey: string;
  to: string;
  subject: string;
  attempts: number;
  lastError: string | null;
  createdAt: Date;
}>;

/** What the operator's command and the purge job do with the outbox, outside any use case's transaction. */
export interface OutboxMaintenance {
  /** Oldest first, at most `limit`. */
  listDead(limit: number): Promise<DeadEmail[]>;
  /**
   * A dead message becomes pending again, due at once, with its attempts counted from zero; its idempotency key
   * is kept, so a provider that did take it before (within its 24 h) does not deliver it twice.
   */
  replayDead(id: string): Promise<"replayed" | "not_dead">;
  /** Deletes the messages sent before `before` and drops any body a sent message still holds; how many were deleted. */
  purgeSent(before: Date): Promise<number>;
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

/** An attachment as the local mailbox lists it: what it is, and the id its bytes are read back with. */
type CapturedAttachment = AttachmentInfo & Readonly<{ id: string }>;

/** A message the local mail driver captured. */
export type DeliveredEmail = Readonly<{
  to: string;
  subject: string;
  text: string;
  html: string | null;
  attachments: readonly CapturedAttachment[];
  sentAt: Date;
}>;

/** What the local mail driver captured (development mode), for GET /dev/mailbox and its attachment downloads. */
export interface Mailbox {
  /**
   * Newest first (delivery time, then delivery order), at most `limit`; only those sent to `to` when it is
   * given, compared case-insensitively. Attachments are listed in the order they were sent, without their bytes.
   */
  list(filter: { to: string | null; limit: number }): Promise<DeliveredEmail[]>;
  /** The attachment a listing gave this id, byte for byte; null for an id no listing gave (or malformed). */
  attachment(id: string): Promise<EmailAttachment | null>;
}
