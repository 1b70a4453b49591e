/** The messaging context's public face: other contexts and the HTTP layer import only this file. */

export { listDeadEmails, replayDeadEmail } from "./dead-letters.ts";
export { dispatchOutbox } from "./dispatch-outbox.ts";
export { outboxJobs } from "./outbox-jobs.ts";
export {
  type Mailer,
  MailRejected,
  type Outbox,
} from "./ports.ts";
export { type MailboxMessage, readMailbox, readMailboxAttachment } from "./read-mailbox.ts";
export * from "./templates/index.ts";
