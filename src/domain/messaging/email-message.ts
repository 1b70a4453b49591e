import type { Email } from "../shared/email.ts";

/**
 * One transactional email, as a use case writes it to the outbox and a Mailer delivers it. The sender is not
 * part of it: it comes from configuration (MAIL_FROM). `text` is mandatory so every email reads without HTML.
 */
export type EmailMessage = Readonly<{
  to: Email;
  subject: string;
  text: string;
  html?: string | null;
  replyTo?: Email | null;
  /** Files sent with it (a candidate's CV): kept sealed in the outbox like the body, dropped once sent. */
  attachments?: readonly EmailAttachment[];
}>;

/** A file sent with an email. */
export type EmailAttachment = Readonly<{ filename: string; contentType: string; content: Uint8Array }>;

/** What the local mailbox shows of an attachment (its bytes stay out of listings). */
export type AttachmentInfo = Readonly<{ filename: string; contentType: string; size: number }>;
