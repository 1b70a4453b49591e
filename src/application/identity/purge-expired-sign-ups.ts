import { isAdminEmail } from "../../domain/identity/access.ts";
import type { Email } from "../../domain/shared/email.ts";
import type { Clock, UnitOfWork } from "../shared/ports.ts";
import type { IdentityRepos } from "./ports.ts";

const BATCH = 100;

type Deps = Readonly<{
  unitOfWork: UnitOfWork<IdentityRepos>;
  clock: Clock;
  settings: Readonly<{ adminEmails: readonly Email[] }>;
}>;

/**
 * The `identity:expired-sign-ups` job (docs/adr/0015): a sign-up whose link expired unused is deleted with its
 * membership and establishment profile; so is its founder when that person never confirmed their address and
 * belongs to nothing else (an address someone typed, not an account anyone used). The SIRET was never held.
 */
export function purgeExpiredSignUps(deps: Deps) {
  return async (now: Date = deps.clock.now()): Promise<{ signUps: number; people: number }> => {
    let signUps = 0;
    let people = 0;
    for (let more = true; more; ) {
      const batch = await deps.unitOfWork.run(async (repos) => {
        const expired = await repos.organisations.findExpiredSignUps(now, BATCH);
        let removed = 0;
        for (const organisation of expired) {
          const members = await repos.memberships.membersOf(organisation.id);
          await repos.organisations.deleteSignUp(organisation.id);
          for (const { userId } of members) if (await removeIfUnused(repos, deps.settings, userId)) removed++;
        }
        return { count: expired.length, removed };
      });
      signUps += batch.count;
      people += batch.removed;
      more = batch.count === BATCH;
    }
    return { signUps, people };
  };
}

async function removeIfUnused(repos: IdentityRepos, settings: Deps["settings"], userId: string): Promise<boolean> {
  const user = await repos.users.findById(userId);
  if (!user || user.emailConfirmedAt !== null || isAdminEmail(user.email, settings.adminEmails)) return false;
  if ((await repos.memberships.organisationsOf(userId)).length > 0) return false;
  await repos.users.delete(userId);
  return true;
}
