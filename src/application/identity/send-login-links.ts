import { isAdminEmail, mayUseAccount } from "../../domain/identity/access.ts";
import type { User } from "../../domain/identity/user.ts";
import type { Email } from "../../domain/shared/email.ts";
import { loginLinkEmail } from "../messaging/index.ts";
import { prepareLink } from "./links.ts";
import type { IdentityRepos } from "./ports.ts";
import type { IdentitySettings, WriteDeps } from "./settings.ts";

/** Requests handled per transaction; the job runs every second. */
const BATCH = 50;

/**
 * The `identity:login-links` job: for each queued `POST /auth/magic-link`, a single-use login link (60 minutes) and
 * its email when the address has a usable account, nothing otherwise. Requests, links and emails commit together:
 * a failure puts the batch back. The link's validity runs from now, not from the request.
 */
export function sendLoginLinks(deps: WriteDeps) {
  return async (): Promise<{ requests: number; sent: number }> => {
    let requests = 0;
    let sent = 0;
    for (let more = true; more; ) {
      const batch = await deps.unitOfWork.run(async (repos) => {
        const taken = await repos.loginLinkRequests.take(BATCH);
        let emailed = 0;
        for (const request of taken) if (await sendOne(deps, repos, request.email)) emailed++;
        return { taken: taken.length, emailed };
      });
      requests += batch.taken;
      sent += batch.emailed;
      more = batch.taken === BATCH;
    }
    return { requests, sent };
  };
}

async function sendOne(deps: WriteDeps, repos: IdentityRepos, email: Email): Promise<boolean> {
  const user = await usableAccount(repos, deps.settings, email);
  if (!user) return false;
  const minutes = deps.settings.loginLinkMinutes;
  const { link, url } = await prepareLink(deps, { purpose: "login", userId: user.id }, minutes);
  await repos.identityLinks.save(link);
  const content = loginLinkEmail({ firstName: user.firstName, url, validityMinutes: minutes });
  const now = link.createdAt;
  await repos.outbox.enqueue({ to: user.email, ...content }, { idempotencyKey: `login-link/${link.id}`, now });
  return true;
}

/** The person with that email, unless support disabled every organisation they belong to. */
async function usableAccount(repos: IdentityRepos, settings: IdentitySettings, email: Email): Promise<User | null> {
  const user = await repos.users.findByEmail(email);
  if (!user) return null;
  const organisations = await repos.memberships.organisationsOf(user.id);
  return mayUseAccount({ organisations, isAdmin: isAdminEmail(email, settings.adminEmails) }) ? user : null;
}
