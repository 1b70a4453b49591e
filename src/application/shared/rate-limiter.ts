import type { RateLimited, RateRule } from "../../domain/shared/rate-limit.ts";

export type { RateLimited, RateRule } from "../../domain/shared/rate-limit.ts";

export type RateDecision = Readonly<{ allowed: true }> | Readonly<{ allowed: false; retryAfterSeconds: number }>;

/**
 * Counts hits per key (e.g. `identity:email:zoe@example.fr`) in fixed windows (docs/adr/0016): a key's window
 * opens with its first hit and lasts `rule.windowMs`; at most `rule.limit` hits are accepted in it. A refused hit
 * never lengthens the window, so a client that keeps asking is free again when it ends. The store keeps its own
 * time. Keys of different rules never share a counter. Adapters: PostgreSQL (shared by every instance on one
 * database), Redis (REDIS_URL), memory (one process: PGlite and tests).
 */
export interface RateLimiter {
  hit(key: string, rule: RateRule): Promise<RateDecision>;
}

/** One limit to check: `key` names the bucket (action and subject), `rule` its size. */
export type RateCheck = Readonly<{ key: string; rule: RateRule }>;

/** Checks in order and stops at the first refusal, so a refused request consumes no later bucket. */
export async function firstRateRefusal(
  limiter: RateLimiter,
  checks: readonly RateCheck[],
): Promise<RateLimited | null> {
  for (const check of checks) {
    const decision = await limiter.hit(check.key, check.rule);
    if (!decision.allowed) return { code: "RATE_LIMITED", retryAfterSeconds: decision.retryAfterSeconds };
  }
  return null;
}
