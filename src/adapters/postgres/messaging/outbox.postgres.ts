import { and, asc, eq, inArray, isNotNull, isNull, lt, lte, or, sql } from "drizzle-orm";
import type { ClaimedEmail, Outbox, OutboxMaintenance } from "../../../application/messaging/ports.ts";
import type { TextSealer } from "../../../application/shared/sealing.ts";
import type { EmailMessage } from "../../../domain/messaging/email-message.ts";
import type { Email } from "../../../domain/shared/email.ts";
import type { Db } from "../database.ts";
import { emailPartsOf, type SealedBody, sealedBodyOf } from "./outbox-body.ts";
import { outboxMessages as outbox } from "./schema.ts";

type Row = typeof outbox.$inferSelect;

const noBody = { sealedBody: null, text: null, html: null } as const;

/**
 * `db` may be a transaction handle (UnitOfWork): then `enqueue` commits or rolls back with the caller. Bodies and
 * attachments are sealed under the message's idempotency key (docs/adr/0017): reading the table gives no link
 * and no CV, and a sealed body copied onto another row does not open.
 */
export function createPgOutbox(db: Db, sealer: TextSealer): Outbox & OutboxMaintenance {
  return {
    async enqueue(email, { idempotencyKey, now }) {
      const body = sealedBodyOf(email);
      const inserted = await db
        .insert(outbox)
        .values({
          idempotencyKey,
          recipient: email.to,
          replyTo: email.replyTo ?? null,
          subject: email.subject,
          sealedBody: await sealer.seal(JSON.stringify(body), idempotencyKey),
          createdAt: now,
        })
        .onConflictDoNothing({ target: outbox.idempotencyKey })
        .returning({ id: outbox.id });
      return inserted.length > 0 ? "enqueued" : "duplicate";
    },
    claimDue: async (input) => Promise.all((await claimDue(db, input)).map((row) => toClaimed(row, sealer))),
    async renewLeases(claims, until) {
      if (claims.length === 0) return;
      const ours = claims.map(({ id, attempts }) => and(eq(outbox.id, Number(id)), eq(outbox.attempts, attempts)));
      await db
        .update(outbox)
        .set({ lockedUntil: until })
        .where(and(eq(outbox.status, "pending"), isNotNull(outbox.lockedUntil), or(...ours)));
    },
    async markSent(id, sentAt) {
      await db
        .update(outbox)
        .set({ status: "sent", sentAt, lockedUntil: null, lastError: null, ...noBody })
        .where(eq(outbox.id, Number(id)));
    },
    async markFailed(id, { error, nextAttemptAt }) {
      const change = nextAttemptAt ? { nextAttemptAt } : { status: "dead" as const };
      await db
        .update(outbox)
        .set({ ...change, lastError: error, lockedUntil: null })
        .where(and(eq(outbox.id, Number(id)), eq(outbox.status, "pending")));
    },
    ...maintenance(db),
  };
}

function maintenance(db: Db): OutboxMaintenance {
  return {
    async listDead(limit) {
      const rows = await db.select().from(outbox).where(eq(outbox.status, "dead")).orderBy(asc(outbox.id)).limit(limit);
      return rows.map((row) => ({
        id: String(row.id),
        idempotencyKey: row.idempotencyKey,
        to: row.recipient,
        subject: row.subject,
        attempts: row.attempts,
        lastError: row.lastError,
        createdAt: row.createdAt,
      }));
    },
    async replayDead(id) {
      if (!/^\d{1,18}$/.test(id)) return "not_dead";
      const replayed = await db
        .update(outbox)
        .set({ status: "pending", attempts: 0, nextAttemptAt: null, lockedUntil: null })
        .where(and(eq(outbox.id, Number(id)), eq(outbox.status, "dead")))
        .returning({ id: outbox.id });
      return replayed.length > 0 ? "replayed" : "not_dead";
    },
    async purgeSent(before) {
      // Rows sent before bodies were sealed and dropped (migration 0010) lose theirs now.
      await db
        .update(outbox)
        .set(noBody)
        .where(and(eq(outbox.status, "sent"), or(isNotNull(outbox.text), isNotNull(outbox.sealedBody))));
      const purged = await db
        .delete(outbox)
        .where(and(eq(outbox.status, "sent"), lt(outbox.sentAt, before)))
        .returning({ id: outbox.id });
      return purged.length;
    },
  };
}

/** One statement: the SKIP LOCKED sub-select picks rows no concurrent claim holds, the UPDATE leases them. */
async function claimDue(db: Db, { dueBy, limit, lease }: Parameters<Outbox["claimDue"]>[0]): Promise<Row[]> {
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
  return rows.sort((a, b) => a.id - b.id);
}

async function toClaimed(row: Row, sealer: TextSealer): Promise<ClaimedEmail> {
  const body = await bodyOf(row, sealer);
  const email: EmailMessage | null = body && {
    to: row.recipient as Email,
    subject: row.subject,
    ...emailPartsOf(body),
    replyTo: row.replyTo as Email | null,
  };
  return { id: String(row.id), idempotencyKey: row.idempotencyKey, email, attempts: row.attempts };
}

/** The sealed body, or the clear one of a message enqueued before bodies were sealed; null when unreadable here. */
async function bodyOf(row: Row, sealer: TextSealer): Promise<SealedBody | null> {
  if (row.sealedBody !== null) {
    const opened = await sealer.unseal(row.sealedBody, row.idempotencyKey);
    return opened === null ? null : (JSON.parse(opened) as SealedBody);
  }
  return row.text === null ? null : { text: row.text, html: row.html };
}
