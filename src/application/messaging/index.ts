/** The messaging context's public face: other contexts and the HTTP layer import only this file. */
export type { AttachmentInfo, EmailMessage } from "../../domain/messaging/email-message.ts";
export type { RetryPolicy } from "../../domain/messaging/retry-policy.ts";
export { type DispatchSettings, type DispatchSummary, dispatchOutbox } from "./dispatch-outbox.ts";
export {
  type ClaimedEmail,
  type DeliveredEmail,
  type Mailbox,
  type Mailer,
  MailRejected,
  type Outbox,
} from "./ports.ts";
export { MAILBOX_LIMIT, type MailboxMessage, readMailbox } from "./read-mailbox.ts";
export * from "./templates/index.ts";
