import type { DeliveredEmail, Mailbox, Mailer } from "../../application/messaging/ports.ts";
import type { Clock } from "../../application/shared/ports.ts";

export type MemoryMailbox = Mailer &
  Mailbox &
  Readonly<{
    /** Every message delivered, oldest first, with the key it was delivered under. */
    delivered(): readonly (DeliveredEmail & { idempotencyKey: string })[];
  }>;

/** The local mail driver in memory (offline demo, tests), behaving as mailbox.postgres.ts does. */
export function createMemoryMailbox(clock: Clock): MemoryMailbox {
  const messages: (DeliveredEmail & { idempotencyKey: string })[] = [];
  return {
    async send(email, idempotencyKey) {
      if (messages.some((message) => message.idempotencyKey === idempotencyKey)) return;
      const { subject, text } = email;
      messages.push({
        idempotencyKey,
        to: email.to.toLowerCase(),
        subject,
        text,
        html: email.html ?? null,
        attachments: [],
        sentAt: clock.now(),
      });
    },
    async list({ to, limit }) {
      return messages
        .map((message, order) => ({ message, order }))
        .filter(({ message }) => to === null || message.to === to.toLowerCase())
        .sort((a, b) => b.message.sentAt.getTime() - a.message.sentAt.getTime() || b.order - a.order)
        .slice(0, limit)
        .map(({ message: { idempotencyKey: _key, ...message } }) => message);
    },
    delivered: () => messages,
  };
}
