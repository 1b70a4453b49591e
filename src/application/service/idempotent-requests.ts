import type { Job } from "../scheduling/index.ts";
import type { IdempotencyKeys, IdempotentRequest, StoredAnswer } from "../shared/idempotency.ts";
import type { Clock } from "../shared/ports.ts";

type Settings = Readonly<{
  /** IDEMPOTENCY_KEY_TTL_HOURS: how long an answer is given again. */
  ttlMs: number;
  /** How long a request in progress holds its key; a holder that died frees it after this. */
  holdMs: number;
}>;

type Deps = Readonly<{ keys: IdempotencyKeys; clock: Clock; settings: Settings }>;

/**
 * Whether an answer is given again to a retry: every outcome of the request itself, success or refusal, but not a
 * rate limit (429) nor a failure (5xx: the database or an upstream was down, nothing was written), after which
 * the same request deserves to run again (docs/adr/0018).
 */
function isLastingAnswer(status: number): boolean {
  return status < 500 && status !== 429;
}

/** The Idempotency-Key middleware's three steps (src/http/middleware/idempotency.ts). */
export function idempotentRequests(deps: Deps) {
  return {
    begin(request: IdempotentRequest) {
      const now = deps.clock.now();
      const at = (ms: number) => new Date(now.getTime() + ms);
      return deps.keys.claim(request, { now, heldUntil: at(deps.settings.holdMs), expiresAt: at(deps.settings.ttlMs) });
    },
    async finish(request: IdempotentRequest, answer: StoredAnswer): Promise<void> {
      if (isLastingAnswer(answer.status)) await deps.keys.complete(request, answer);
      else await deps.keys.release(request);
    },
    abandon: (request: IdempotentRequest) => deps.keys.release(request),
  };
}

export type IdempotentRequests = ReturnType<typeof idempotentRequests>;

const PURGE_EVERY_MS = 60 * 60_000;

/** `idempotency:purge`: forgets the answers past their time. */
export function idempotencyJobs(deps: Pick<Deps, "keys">): Job[] {
  const run = async (now: Date) => ({ purged: await deps.keys.purgeExpired(now) });
  return [{ name: "idempotency:purge", everyMs: PURGE_EVERY_MS, leaseMs: 15_000, run }];
}
