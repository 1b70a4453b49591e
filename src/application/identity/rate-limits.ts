import type { Email } from "../../domain/shared/email.ts";
import type { RateLimited, RateRule } from "../../domain/shared/rate-limit.ts";
import type { RateLimiter } from "../shared/rate-limiter.ts";

/** One limit to check: `key` names the bucket (action and subject), `rule` its size. */
export type RateCheck = Readonly<{ key: string; rule: RateRule }>;

/** Checks in order and stops at the first refusal, so a refused request consumes no later bucket. */
export async function firstRateRefusal(
  limiter: RateLimiter,
  checks: readonly RateCheck[],
  now: Date,
): Promise<RateLimited | null> {
  for (const check of checks) {
    const decision = await limiter.hit(check.key, check.rule, now);
    if (!decision.allowed) return { code: "RATE_LIMITED", retryAfterSeconds: decision.retryAfterSeconds };
  }
  return null;
}

/** Emails we send to an address someone typed (login links, email changes, invitations) share its bucket. */
export const emailBucket = (email: Email) => `identity:email:${email}`;

/** The client's address; requests whose address is unknown share one bucket. */
export const addressBucket = (action: string, address: string | null) =>
  `identity:${action}:ip:${address ?? "unknown"}`;
