/**
 * Abuse limits (docs/PRODUCT.md §7, docs/adr/0016): at most `limit` hits per key in a window of `windowMs` that
 * opens with the key's first hit. docs/API.md: refused with 429 `RATE_LIMITED` and a `Retry-After` in seconds.
 */
export type RateRule = Readonly<{ limit: number; windowMs: number }>;

export type RateLimited = Readonly<{ code: "RATE_LIMITED"; retryAfterSeconds: number }>;
