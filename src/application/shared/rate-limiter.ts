import type { RateDecision, RateRule } from "../../domain/shared/rate-limit.ts";

export { decideRate, type RateLimited } from "../../domain/shared/rate-limit.ts";

/**
 * Counts hits per key (e.g. `login-link:ip:203.0.113.7`) in a sliding window. An accepted hit is recorded; a
 * refused one is not, so a client that stops asking is free again once its window has passed. The in-memory
 * adapter counts per process: behind several instances, each applies the limit on its own.
 */
export interface RateLimiter {
  hit(key: string, rule: RateRule, now: Date): Promise<RateDecision>;
}
