import { decideRate, type RateLimiter } from "../../application/shared/rate-limiter.ts";

/**
 * Sliding-window counters in this process's memory. Keys whose hits have all left their window are dropped
 * when the map grows, so memory stays proportional to the clients of the last window.
 */
export function createMemoryRateLimiter(options: { sweepAbove?: number } = {}): RateLimiter {
  const hits = new Map<string, { times: readonly number[]; windowMs: number }>();
  const sweepAbove = options.sweepAbove ?? 10_000;
  const sweep = (nowMs: number) => {
    for (const [key, entry] of hits) {
      if (entry.times.every((time) => time <= nowMs - entry.windowMs)) hits.delete(key);
    }
  };
  return {
    async hit(key, rule, now) {
      const nowMs = now.getTime();
      if (hits.size > sweepAbove) sweep(nowMs);
      const decision = decideRate(hits.get(key)?.times ?? [], rule, nowMs);
      if (decision.allowed) hits.set(key, { times: decision.hits, windowMs: rule.windowMs });
      return decision;
    },
  };
}
