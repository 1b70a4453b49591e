/**
 * Abuse limits (docs/PRODUCT.md §7): at most `limit` accepted hits per key within any `windowMs` (a sliding window).
 * docs/API.md: refused with 429 `RATE_LIMITED` and a `Retry-After` in seconds.
 */
export type RateRule = Readonly<{ limit: number; windowMs: number }>;

export type RateLimited = Readonly<{ code: "RATE_LIMITED"; retryAfterSeconds: number }>;

export type RateDecision =
  | Readonly<{ allowed: true; hits: readonly number[] }>
  | Readonly<{ allowed: false; retryAfterSeconds: number }>;

/**
 * `hits` are the instants (ms) of the key's accepted hits, oldest first. Accepted: the new list, pruned of hits
 * older than the window. Refused: the seconds until the oldest hit in the window leaves it (at least 1).
 */
export function decideRate(hits: readonly number[], rule: RateRule, nowMs: number): RateDecision {
  const recent = hits.filter((hit) => hit > nowMs - rule.windowMs);
  if (recent.length < rule.limit) return { allowed: true, hits: [...recent, nowMs] };
  const oldest = recent[recent.length - rule.limit] ?? nowMs;
  return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((oldest + rule.windowMs - nowMs) / 1000)) };
}
