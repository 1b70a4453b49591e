import { RateLimiterMemory } from "rate-limiter-flexible";
import type { RateLimiter } from "../../application/shared/rate-limiter.ts";
import { flexibleRateLimiter } from "../rate-limit/flexible-rate-limiter.ts";

/**
 * rate-limiter-flexible's memory store: counters of this process only. Right on PGlite, which one process holds
 * (docs/adr/0002), and in tests; never behind several instances (docs/adr/0016). Expired keys free themselves.
 */
export function createMemoryRateLimiter(): RateLimiter {
  return flexibleRateLimiter((options) => new RateLimiterMemory(options));
}
