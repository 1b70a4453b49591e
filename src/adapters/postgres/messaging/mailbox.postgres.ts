import { and, desc, eq } from "drizzle-orm";
import type { DeliveredEmail, Mailbox, Mailer } from "../../../application/messaging/ports.ts";
import type { Clock } from "../../../application/shared/ports.ts";
import type { Db } from "../database.ts";
import { mailboxAttachments as files, mailboxMessages as mailbox } from "./schema.ts";

/** `<row id>-<position>`: the message's id, then the attachment's index in it. */
const ATTACHMENT_ID = /^([1-9]\d{0,14})-(0|[1-9]\d{0,3})$/;

/**
 * The local mail driver (MAIL_DRIVER=mailbox): "delivering" stores the message, once per idempotency key, in a
 * table, so it survives restarts and `npm run job` shares it with the server. GET /dev/mailbox reads it; the
 * attachments' bytes go to `mailbox_attachments` in the same transaction, for GET /dev/mailbox/attachments/{id}.
 */
export function createPgMailbox(db: Db, clock: Clock): Mailer & Mailbox {
  return {
    async send(email, idempotencyKey) {
      const attachments = email.attachments ?? [];
      await db.transaction(async (tx) => {
        const [inserted] = await tx
          .insert(mailbox)
          .values({
            idempotencyKey,
            recipient: email.to.toLowerCase(),
            subject: email.subject,
            text: email.text,
            html: email.html ?? null,
            attachments: attachments.map(({ filename, contentType, content }) => ({
              filename,
              contentType,
              size: content.byteLength,
            })),
            deliveredAt: clock.now(),
          })
          .onConflictDoNothing({ target: mailbox.idempotencyKey })
          .returning({ id: mailbox.id });
        if (!inserted || attachments.length === 0) return;
        const rows = attachments.map((file, position) => ({ messageId: inserted.id, position, ...file }));
        await tx.insert(files).values(rows);
      });
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
    async attachment(id) {
      const [, messageId, position] = ATTACHMENT_ID.exec(id) ?? [];
      if (messageId === undefined || position === undefined) return null;
      const [row] = await db
        .select({ filename: files.filename, contentType: files.contentType, content: files.content })
        .from(files)
        .where(and(eq(files.messageId, Number(messageId)), eq(files.position, Number(position))));
      return row ?? null;
    },
  };
}

function toDelivered(row: typeof mailbox.$inferSelect): DeliveredEmail {
  const { id, recipient, subject, text, html, deliveredAt } = row;
  const attachments = row.attachments.map((info, position) => ({ id: `${id}-${position}`, ...info }));
  return { to: recipient, subject, text, html, attachments, sentAt: deliveredAt };
}
