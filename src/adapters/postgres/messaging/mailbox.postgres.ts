import { desc, eq } from "drizzle-orm";
import type { DeliveredEmail, Mailbox, Mailer } from "../../../application/messaging/ports.ts";
import type { Clock } from "../../../application/shared/ports.ts";
import type { Db } from "../database.ts";
import { mailboxMessages as mailbox } from "./schema.ts";

/**
 * The local mail driver (MAIL_DRIVER=mailbox): "delivering" stores the message, once per idempotency key, in a
 * table, so it survives restarts and `npm run job` shares it with the server. GET /dev/mailbox reads it.
 */
export function createPgMailbox(db: Db, clock: Clock): Mailer & Mailbox {
  return {
    async send(email, idempotencyKey) {
      await db
        .insert(mailbox)
        .values({
          idempotencyKey,
          recipient: email.to.toLowerCase(),
          subject: email.subject,
          text: email.text,
          html: email.html ?? null,
          attachments: [],
          deliveredAt: clock.now(),
        })
        .onConflictDoNothing({ target: mailbox.idempotencyKey });
    },
    async list({ to, limit }) {
      const rows = await db
        .select()
        .from(mailbox)
        .where(to === null ? undefined : eq(mailbox.recipient, to.toLowerCase()))
        .orderBy(desc(mailbox.deliveredAt), desc(mailbox.id))
        .limit(limit);
      return rows.map(toDelivered);
    },
  };
}

function toDelivered(row: typeof mailbox.$inferSelect): DeliveredEmail {
  const { recipient, subject, text, html, attachments, deliveredAt } = row;
  return { to: recipient, subject, text, html, attachments, sentAt: deliveredAt };
}
