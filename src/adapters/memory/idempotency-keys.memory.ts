import type { IdempotencyKeys, StoredAnswer } from "../../application/shared/idempotency.ts";

type Row = { fingerprint: string; answer: StoredAnswer | null; heldUntil: Date; expiresAt: Date };

/** Behaves as idempotency-keys.postgres.ts (tests/contracts/idempotency-keys.test.ts), in one process. */
export function createMemoryIdempotencyKeys(): IdempotencyKeys {
  const rows = new Map<string, Row>();
  const id = (request: { scope: string; key: string }) => JSON.stringify([request.scope, request.key]);
  return {
    async claim(request, { now, heldUntil, expiresAt }) {
      const held = rows.get(id(request));
      const free = !held || held.expiresAt <= now || (held.answer === null && held.heldUntil <= now);
      if (free) {
        rows.set(id(request), { fingerprint: request.fingerprint, answer: null, heldUntil, expiresAt });
        return { kind: "new" };
      }
      if (held.fingerprint !== request.fingerprint) return { kind: "mismatch" };
      return held.answer === null ? { kind: "in_progress" } : { kind: "replay", answer: held.answer };
    },
    async complete(request, answer) {
      const held = rows.get(id(request));
      if (held?.fingerprint === request.fingerprint) held.answer = answer;
    },
    async release(request) {
      const held = rows.get(id(request));
      if (held?.fingerprint === request.fingerprint && held.answer === null) rows.delete(id(request));
    },
    async purgeExpired(now) {
      let purged = 0;
      for (const [key, row] of rows) {
        if (row.expiresAt <= now) {
          rows.delete(key);
          purged++;
        }
      }
      return purged;
    },
  };
}
