import { type RateLimiterAbstract, RateLimiterRes } from "rate-limiter-flexible";
import type { RateDecision, RateLimiter, RateRule } from "../../application/shared/rate-limiter.ts";

/** What every rate-limiter-flexible store is built from (its own options come on top). */
export type FlexibleOptions = Readonly<{ points: number; duration: number; keyPrefix: string }>;

/**
 * The RateLimiter port over rate-limiter-flexible (docs/adr/0016): one library limiter per rule (the library fixes
 * points and duration per instance), whose key prefix names the rule, so two rules never share a counter, on any
 * store. `consume` rejects with a RateLimiterRes when the window's points are spent, and with an Error when the
 * store fails (that one propagates: an infrastructure failure, not a refusal).
 */
export function flexibleRateLimiter(build: (options: FlexibleOptions) => RateLimiterAbstract): RateLimiter {
  const limiters = new Map<string, RateLimiterAbstract>();
  const limiterFor = (rule: RateRule) => {
    const name = `${rule.limit}per${rule.windowMs}ms`;
    let limiter = limiters.get(name);
    if (!limiter) {
      limiter = build({ points: rule.limit, duration: rule.windowMs / 1000, keyPrefix: `lba:${name}` });
      limiters.set(name, limiter);
    }
    return limiter;
  };
  return {
    async hit(key, rule): Promise<RateDecision> {
      try {
        await limiterFor(rule).consume(key);
        return { allowed: true };
      } catch (refusal) {
        if (!(refusal instanceof RateLimiterRes)) throw refusal;
        return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(refusal.msBeforeNext / 1000)) };
      }
    },
  };
}
