import { type EmailError, parseEmail } from "../../domain/shared/email.ts";
import type { RateLimited } from "../../domain/shared/rate-limit.ts";
import { err, ok, type Result } from "../../domain/shared/result.ts";
import { firstRateRefusal, type RateLimiter } from "../shared/rate-limiter.ts";
import { emailBucket } from "./rate-limits.ts";
import type { WriteDeps } from "./settings.ts";

type Deps = WriteDeps & Readonly<{ rateLimiter: RateLimiter }>;

export type LoginLinkRequested = Readonly<{ validityMinutes: number }>;

/**
 * `POST /auth/magic-link`: the answer never tells whether the address has an account (docs/API.md), and neither
 * does the work (docs/adr/0015): whatever the address, one rate-limit hit for it and one row queued, nothing read.
 * The `identity:login-links` job (sendLoginLinks) looks the person up and emails the link. The per-address limit is
 * the public-write guard's (docs/adr/0016).
 */
export function requestLoginLink(deps: Deps) {
  return async (input: { email: string }): Promise<Result<LoginLinkRequested, RateLimited | EmailError>> => {
    const email = parseEmail(input.email);
    if (!email.ok) return email;
    const refusal = await firstRateRefusal(deps.rateLimiter, [
      { key: emailBucket(email.value), rule: deps.settings.rateLimits.perEmail },
    ]);
    if (refusal) return err(refusal);
    const request = { id: deps.ids.next(), email: email.value, requestedAt: deps.clock.now() };
    await deps.unitOfWork.run((repos) => repos.loginLinkRequests.add(request));
    return ok({ validityMinutes: deps.settings.loginLinkMinutes });
  };
}
