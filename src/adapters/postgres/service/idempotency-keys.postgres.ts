import { and, eq, isNull, lte, or } from "drizzle-orm";
import type { IdempotencyKeys, IdempotentRequest, StoredAnswer } from "../../../application/shared/idempotency.ts";
import type { TextSealer } from "../../../application/shared/sealing.ts";
import type { Db } from "../database.ts";
import { idempotencyKeys as keys } from "./schema.ts";

const ATTEMPTS = 3;

/**
 * The keys in one table every instance shares (docs/adr/0018). A claim is one conditional upsert: on PostgreSQL a
 * concurrent claim of the same key waits for the first one's row, then finds it held. Answers are sealed under
 * their scope and key (an answer may carry an access token).
 */
export function createPgIdempotencyKeys(db: Db, sealer: TextSealer): IdempotencyKeys {
  const mine = (request: IdempotentRequest) => and(eq(keys.scope, request.scope), eq(keys.key, request.key));
  const context = (request: IdempotentRequest) => `${request.scope} ${request.key}`;
  return {
    async claim(request, { now, heldUntil, expiresAt }) {
      for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
        const fresh = { fingerprint: request.fingerprint, answer: null, heldUntil, expiresAt, createdAt: now };
        const taken = await db
          .insert(keys)
          .values({ scope: request.scope, key: request.key, ...fresh })
          .onConflictDoUpdate({
            target: [keys.scope, keys.key],
            set: fresh,
            // Free again: its answer expired, or its holder never answered and its hold ended (a crash).
            setWhere: or(lte(keys.expiresAt, now), and(isNull(keys.answer), lte(keys.heldUntil, now))),
          })
          .returning({ scope: keys.scope });
        if (taken.length > 0) return { kind: "new" };
        const [held] = await db.select().from(keys).where(mine(request)).limit(1);
        if (!held) continue; // released between the two statements: claim again
        if (held.fingerprint !== request.fingerprint) return { kind: "mismatch" };
        if (held.answer === null) return { kind: "in_progress" };
        const opened = await sealer.unseal(held.answer, context(request));
        // Sealed under another secret: the answer cannot be given again, and the write must not run twice.
        return opened === null
          ? { kind: "in_progress" }
          : { kind: "replay", answer: JSON.parse(opened) as StoredAnswer };
      }
      return { kind: "in_progress" };
    },
    async complete(request, answer) {
      const sealed = await sealer.seal(JSON.stringify(answer), context(request));
      await db
        .update(keys)
        .set({ answer: sealed })
        .where(and(mine(request), eq(keys.fingerprint, request.fingerprint)));
    },
    async release(request) {
      await db.delete(keys).where(and(mine(request), eq(keys.fingerprint, request.fingerprint), isNull(keys.answer)));
    },
    async purgeExpired(now) {
      const purged = await db.delete(keys).where(lte(keys.expiresAt, now)).returning({ key: keys.key });
      return purged.length;
    },
  };
}
