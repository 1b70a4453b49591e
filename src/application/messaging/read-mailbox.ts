import type { EmailAttachment } from "../../domain/messaging/email-message.ts";
import { extractLinks } from "../../domain/messaging/links.ts";
import type { DeliveredEmail, Mailbox } from "./ports.ts";

/** The newest messages only: the mailbox is a development tool, not an archive. */
const MAILBOX_LIMIT = 200;

export type MailboxMessage = DeliveredEmail & Readonly<{ links: string[] }>;

/** GET /dev/mailbox: what the local mail driver captured, newest first, with the links ready to follow. */
export function readMailbox(deps: { mailbox: Mailbox }) {
  return async (input: { to?: string | undefined }): Promise<MailboxMessage[]> => {
    const to = input.to?.trim().toLowerCase() || null;
    const messages = await deps.mailbox.list({ to, limit: MAILBOX_LIMIT });
    return messages.map((message) => ({ ...message, links: extractLinks(message.text, message.html) }));
  };
}

/** GET /dev/mailbox/attachments/{id}: a captured attachment (a candidate's CV), so a developer can open it. */
export function readMailboxAttachment(deps: { mailbox: Mailbox }) {
  return async (id: string): Promise<EmailAttachment | null> => deps.mailbox.attachment(id);
}
