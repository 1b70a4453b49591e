import type { Actor } from "../../domain/identity/actor.ts";
import type { Unauthenticated } from "../../domain/identity/errors.ts";
import { unauthenticated } from "../../domain/identity/session.ts";
import { changeProfile, type ProfileChange, type User } from "../../domain/identity/user.ts";
import { type Email, type EmailError, parseEmail } from "../../domain/shared/email.ts";
import type { RateLimited } from "../../domain/shared/rate-limit.ts";
import { err, ok, type Result } from "../../domain/shared/result.ts";
import {
  checkExpectedVersion,
  nextRevision,
  type VersionConflict,
  versionConflict,
} from "../../domain/shared/version-conflict.ts";
import { emailChangeEmail } from "../messaging/index.ts";
import { firstRateRefusal, type RateLimiter } from "../shared/rate-limiter.ts";
import { prepareLink } from "./links.ts";
import type { IdentityRepos } from "./ports.ts";
import { emailBucket } from "./rate-limits.ts";
import type { WriteDeps } from "./settings.ts";

type Deps = WriteDeps & Readonly<{ rateLimiter: RateLimiter }>;

export type MeUpdate = ProfileChange & Readonly<{ email?: string }>;

/** `pendingEmail`: a confirmation link went to this address; the account keeps its email until it is used. */
export type MeUpdated = Readonly<{ user: User; pendingEmail: Email | null }>;

/**
 * `PATCH /me` (FAQ "Gérer mon compte"): names and phone change at once; a new email only once a link sent TO
 * THE NEW ADDRESS is used (`/confirmation-email/{token}`), so nobody moves an account to an address they do not
 * read. Whether the new address belongs to someone else is only told on that page, to its owner.
 */
export function updateMe(deps: Deps) {
  return async (input: {
    actor: Actor;
    change: MeUpdate;
    /** The `version` the client last read (docs/adr/0018); a newer stored one is CONFLICT. */
    expectedVersion?: number | undefined;
  }): Promise<Result<MeUpdated, Unauthenticated | EmailError | RateLimited | VersionConflict>> => {
    const { email: rawEmail, ...profile } = input.change;
    const parsed = rawEmail === undefined ? null : parseEmail(rawEmail);
    if (parsed && !parsed.ok) return parsed;
    const newEmail = parsed && parsed.value !== input.actor.email ? parsed.value : null;
    const refusal = newEmail
      ? await firstRateRefusal(deps.rateLimiter, [
          { key: emailBucket(newEmail), rule: deps.settings.rateLimits.perEmail },
        ])
      : null;
    if (refusal) return err(refusal);
    return deps.unitOfWork.run(async (repos) => {
      const found = await repos.users.findById(input.actor.userId);
      if (!found) return err(unauthenticated("unknown_user"));
      const current = checkExpectedVersion("user", found, input.expectedVersion);
      if (!current.ok) return current;
      const user = changeProfile(current.value, profile);
      // The first write: a change stored since the read (another tab, a login confirming the email) is kept.
      if ((await repos.users.update(user)) === "conflict") return err(versionConflict("user", user.id));
      if (newEmail) await sendConfirmation(deps, repos, user, newEmail);
      return ok({ user: nextRevision(user), pendingEmail: newEmail });
    });
  };
}

async function sendConfirmation(deps: Deps, repos: IdentityRepos, user: User, newEmail: Email): Promise<void> {
  const minutes = deps.settings.emailChangeLinkMinutes;
  const subject = { purpose: "email_confirmation" as const, userId: user.id, newEmail };
  const { link, url } = await prepareLink(deps, subject, minutes);
  await repos.identityLinks.save(link);
  const content = emailChangeEmail({ firstName: user.firstName, url, validityMinutes: minutes });
  await repos.outbox.enqueue(
    { to: newEmail, ...content },
    { idempotencyKey: `email-change/${link.id}`, now: link.createdAt },
  );
}
