import type { ClaimedEmail, Outbox, OutboxMaintenance } from "../../application/messaging/ports.ts";
import type { EmailMessage } from "../../domain/messaging/email-message.ts";

type MemoryOutboxRow = Readonly<{
  id: string;
  idempotencyKey: string;
  email: EmailMessage;
  status: "pending" | "sent" | "dead";
  attempts: number;
  nextAttemptAt: Date | null;
  lockedUntil: Date | null;
  lastError: string | null;
  createdAt: Date;
  sentAt: Date | null;
}>;

export type MemoryOutbox = Outbox &
  OutboxMaintenance &
  Readonly<{
    /**
     * The rows as the table would hold them, for assertions, except that the fake keeps each email whole (the
     * table seals its body and drops it once sent: tests/contracts/outbox.test.ts checks that on PostgreSQL).
     */
    rows(): readonly MemoryOutboxRow[];
    /** Saves the state; the returned function restores it (a rolled-back UnitOfWork). */
    snapshot(): () => void;
  }>;

const lte = (a: Date | null, b: Date) => a === null || a.getTime() <= b.getTime();

type Store = { rows: MemoryOutboxRow[]; sequence: number };

/** The outbox in memory, behaving as outbox.postgres.ts does (tests/contracts/outbox.contract.ts). */
export function createMemoryOutbox(): MemoryOutbox {
  const store: Store = { rows: [], sequence: 0 };
  const update = (id: string, change: (row: MemoryOutboxRow) => Partial<MemoryOutboxRow> | null) => {
    store.rows = store.rows.map((row) => (row.id === id ? { ...row, ...change(row) } : row));
  };
  return {
    enqueue: async (email, options) => enqueue(store, email, options),
    claimDue: async (input) => claimDue(store, input),
    async renewLeases(claims, until) {
      for (const { id, attempts } of claims) {
        update(id, (row) =>
          row.status === "pending" && row.lockedUntil && row.attempts === attempts ? { lockedUntil: until } : null,
        );
      }
    },
    async markSent(id, sentAt) {
      update(id, () => ({ status: "sent", sentAt, lockedUntil: null, lastError: null }));
    },
    async markFailed(id, { error, nextAttemptAt }) {
      update(id, (row) => {
        if (row.status !== "pending") return null;
        const change = nextAttemptAt ? { nextAttemptAt } : { status: "dead" as const };
        return { ...change, lastError: error, lockedUntil: null };
      });
    },
    listDead: async (limit) =>
      store.rows
        .filter((row) => row.status === "dead")
        .slice(0, limit)
        .map(({ id, idempotencyKey, email, attempts, lastError, createdAt }) => ({
          id,
          idempotencyKey,
          to: email.to,
          subject: email.subject,
          attempts,
          lastError,
          createdAt,
        })),
    async replayDead(id) {
      if (!store.rows.some((row) => row.id === id && row.status === "dead")) return "not_dead";
      update(id, () => ({ status: "pending", attempts: 0, nextAttemptAt: null, lockedUntil: null }));
      return "replayed";
    },
    async purgeSent(before) {
      const kept = store.rows.filter((row) => !(row.status === "sent" && row.sentAt && row.sentAt < before));
      const purged = store.rows.length - kept.length;
      store.rows = kept;
      return purged;
    },
    rows: () => store.rows,
    snapshot() {
      const saved = store.rows;
      return () => {
        store.rows = saved;
      };
    },
  };
}

function enqueue(store: Store, email: EmailMessage, { idempotencyKey, now }: { idempotencyKey: string; now: Date }) {
  if (store.rows.some((row) => row.idempotencyKey === idempotencyKey)) return "duplicate" as const;
  const id = String(++store.sequence);
  const row = { id, idempotencyKey, email, status: "pending" as const, attempts: 0, createdAt: now };
  store.rows = [...store.rows, { ...row, nextAttemptAt: null, lockedUntil: null, lastError: null, sentAt: null }];
  return "enqueued" as const;
}

function claimDue(store: Store, { dueBy, limit, lease }: Parameters<Outbox["claimDue"]>[0]): ClaimedEmail[] {
  const due = store.rows
    .filter((r) => r.status === "pending" && lte(r.nextAttemptAt, dueBy) && lte(r.lockedUntil, lease.from))
    .slice(0, limit)
    .map((row) => ({ ...row, attempts: row.attempts + 1, lockedUntil: lease.until }));
  store.rows = store.rows.map((row) => due.find((claimed) => claimed.id === row.id) ?? row);
  return due.map(({ id, idempotencyKey, email, attempts }) => ({ id, idempotencyKey, email, attempts }));
}
