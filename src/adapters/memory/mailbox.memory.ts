import type { DeliveredEmail, Mailbox, Mailer } from "../../application/messaging/ports.ts";
import type { Clock } from "../../application/shared/ports.ts";
import type { EmailAttachment } from "../../domain/messaging/email-message.ts";

type Captured = DeliveredEmail & { idempotencyKey: string; files: readonly EmailAttachment[] };

export type MemoryMailbox = Mailer &
  Mailbox &
  Readonly<{
    /** Every message delivered, oldest first, with the key it was delivered under. */
    delivered(): readonly (DeliveredEmail & { idempotencyKey: string })[];
  }>;

/** `<message number>-<position>`, as mailbox.postgres.ts names them (row id, then the attachment's index). */
const ATTACHMENT_ID = /^([1-9]\d{0,14})-(0|[1-9]\d{0,3})$/;

/** The local mail driver in memory (offline demo, tests), behaving as mailbox.postgres.ts does. */
export function createMemoryMailbox(clock: Clock): MemoryMailbox {
  const messages: Captured[] = [];
  return {
    async send(email, idempotencyKey) {
      if (messages.some((message) => message.idempotencyKey === idempotencyKey)) return;
      const number = messages.length + 1;
      // Copies: a caller reusing its buffer must not change what was captured.
      const files = (email.attachments ?? []).map((file) => ({ ...file, content: file.content.slice() }));
      messages.push({
        idempotencyKey,
        to: email.to.toLowerCase(),
        subject: email.subject,
        text: email.text,
        html: email.html ?? null,
        attachments: files.map(({ filename, contentType, content }, position) => ({
          id: `${number}-${position}`,
          filename,
          contentType,
          size: content.byteLength,
        })),
        files,
        sentAt: clock.now(),
      });
    },
    async list({ to, limit }) {
      return messages
        .map((message, order) => ({ message, order }))
        .filter(({ message }) => to === null || message.to === to.toLowerCase())
        .sort((a, b) => b.message.sentAt.getTime() - a.message.sentAt.getTime() || b.order - a.order)
        .slice(0, limit)
        .map(({ message }) => withoutInternals(message));
    },
    async attachment(id) {
      const [, number, position] = ATTACHMENT_ID.exec(id) ?? [];
      const file = messages[Number(number) - 1]?.files[Number(position)];
      return file ? { ...file, content: file.content.slice() } : null;
    },
    delivered: () => messages.map(({ files: _files, ...message }) => message),
  };
}

function withoutInternals({ idempotencyKey: _key, files: _files, ...message }: Captured): DeliveredEmail {
  return message;
}
