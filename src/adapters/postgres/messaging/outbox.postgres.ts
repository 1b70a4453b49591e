import { and, asc, eq, inArray, isNull, lte, or, sql } from "drizzle-orm";
import type { ClaimedEmail, Outbox } from "../../../application/messaging/ports.ts";
import type { EmailMessage } from "../../../domain/messaging/email-message.ts";
import type { Email } from "../../../domain/shared/email.ts";
import type { Db } from "../database.ts";
import { outboxMessages as outbox } from "./schema.ts";

type Row = typeof outbox.$inferSelect;

/** `db` may be a transaction handle (UnitOfWork): then `enqueue` commits or rolls back with the caller. */
export function createPgOutbox(db: Db): Outbox {
  return {
    async enqueue(email, { idempotencyKey, now }) {
      const inserted = await db
        .insert(outbox)
        .values(toRow(email, idempotencyKey, now))
        .onConflictDoNothing({ target: outbox.idempotencyKey })
        .returning({ id: outbox.id });
      return inserted.length > 0 ? "enqueued" : "duplicate";
    },
    claimDue: (input) => claimDue(db, input),
    async markSent(id, sentAt) {
      await db
        .update(outbox)
        .set({ status: "sent", sentAt, lockedUntil: null, lastError: null })
        .where(eq(outbox.id, Number(id)));
    },
    async markFailed(id, { error, nextAttemptAt }) {
      const change = nextAttemptAt ? { nextAttemptAt } : { status: "dead" as const };
      await db
        .update(outbox)
        .set({ ...change, lastError: error, lockedUntil: null })
        .where(and(eq(outbox.id, Number(id)), eq(outbox.status, "pending")));
    },
  };
}

/** One statement: the SKIP LOCKED sub-select picks rows no concurrent claim holds, the UPDATE leases them. */
async function claimDue(db: Db, { dueBy, limit, lease }: Parameters<Outbox["claimDue"]>[0]): Promise<ClaimedEmail[]> {
  const due = db
    .select({ id: outbox.id })
    .from(outbox)
    .where(
      and(
        eq(outbox.status, "pending"),
        or(isNull(outbox.nextAttemptAt), lte(outbox.nextAttemptAt, dueBy)),
        or(isNull(outbox.lockedUntil), lte(outbox.lockedUntil, lease.from)),
      ),
    )
    .orderBy(asc(outbox.id))
    .limit(limit)
    .for("update", { skipLocked: true });
  const rows = await db
    .update(outbox)
    .set({ attempts: sql`${outbox.attempts} + 1`, lockedUntil: lease.until })
    .where(inArray(outbox.id, due))
    .returning();
  return rows.sort((a, b) => a.id - b.id).map(toClaimed);
}

function toRow(email: EmailMessage, idempotencyKey: string, now: Date): typeof outbox.$inferInsert {
  const { to, replyTo, subject, text, html } = email;
  return { idempotencyKey, recipient: to, replyTo: replyTo ?? null, subject, text, html: html ?? null, createdAt: now };
}

function toClaimed(row: Row): ClaimedEmail {
  const email: EmailMessage = {
    to: row.recipient as Email,
    subject: row.subject,
    text: row.text,
    html: row.html,
    replyTo: row.replyTo as Email | null,
  };
  return { id: String(row.id), idempotencyKey: row.idempotencyKey, email, attempts: row.attempts };
}
