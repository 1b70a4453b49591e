import { isAdminEmail, mayUseAccount } from "../../domain/identity/access.ts";
import type { User } from "../../domain/identity/user.ts";
import { type Email, type EmailError, parseEmail } from "../../domain/shared/email.ts";
import type { RateLimited } from "../../domain/shared/rate-limit.ts";
import { err, ok, type Result } from "../../domain/shared/result.ts";
import { loginLinkEmail } from "../messaging/index.ts";
import type { RateLimiter } from "../shared/rate-limiter.ts";
import { prepareLink } from "./links.ts";
import type { IdentityRepos } from "./ports.ts";
import { addressBucket, emailBucket, firstRateRefusal } from "./rate-limits.ts";
import type { IdentitySettings, WriteDeps } from "./settings.ts";

type Deps = WriteDeps & Readonly<{ rateLimiter: RateLimiter }>;

export type LoginLinkRequested = Readonly<{ validityMinutes: number }>;

/**
 * `POST /auth/magic-link`: emails a single-use login link when the address has a usable account. The answer
 * never tells (docs/API.md): the same value either way, and the same work up to the final write (token, hash,
 * email rendering, the look-up in a transaction), so timing says little more. Rate-limited per client address,
 * then per email.
 */
export function requestLoginLink(deps: Deps) {
  return async (input: {
    email: string;
    clientAddress: string | null;
  }): Promise<Result<LoginLinkRequested, RateLimited | EmailError>> => {
    const email = parseEmail(input.email);
    if (!email.ok) return email;
    const now = deps.clock.now();
    const { perAddress, perEmail } = deps.settings.rateLimits;
    const refusal = await firstRateRefusal(
      deps.rateLimiter,
      [
        { key: addressBucket("login-link", input.clientAddress), rule: perAddress },
        { key: emailBucket(email.value), rule: perEmail },
      ],
      now,
    );
    if (refusal) return err(refusal);
    const minutes = deps.settings.loginLinkMinutes;
    await deps.unitOfWork.run(async (repos) => {
      const user = await usableAccount(repos, deps.settings, email.value);
      const { link, url } = await prepareLink(deps, { purpose: "login", userId: user?.id ?? "" }, minutes);
      const content = loginLinkEmail({ firstName: user?.firstName ?? null, url, validityMinutes: minutes });
      if (!user) return;
      await repos.identityLinks.save(link);
      await repos.outbox.enqueue({ to: user.email, ...content }, { idempotencyKey: `login-link/${link.id}`, now });
    });
    return ok({ validityMinutes: minutes });
  };
}

/** The person with that email, unless support disabled every organisation they belong to. */
async function usableAccount(repos: IdentityRepos, settings: IdentitySettings, email: Email): Promise<User | null> {
  const user = await repos.users.findByEmail(email);
  if (!user) return null;
  const organisations = await repos.memberships.organisationsOf(user.id);
  return mayUseAccount({ organisations, isAdmin: isAdminEmail(email, settings.adminEmails) }) ? user : null;
}
