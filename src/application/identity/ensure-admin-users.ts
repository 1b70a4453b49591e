import { newUser } from "../../domain/identity/user.ts";
import type { Email } from "../../domain/shared/email.ts";
import type { Clock, IdGenerator, UnitOfWork } from "../shared/ports.ts";
import type { IdentityRepos } from "./ports.ts";

type Deps = Readonly<{
  unitOfWork: UnitOfWork<IdentityRepos>;
  clock: Clock;
  ids: IdGenerator;
  settings: Readonly<{ adminEmails: readonly Email[] }>;
}>;

/** At start-up: every address of ADMIN_EMAILS has an account, so support can ask for a login link at once. */
export function ensureAdminUsers(deps: Deps) {
  return async (): Promise<{ created: number }> => {
    const now = deps.clock.now();
    return deps.unitOfWork.run(async (repos) => {
      let created = 0;
      for (const email of deps.settings.adminEmails) {
        const result = await repos.users.findOrCreate(newUser({ id: deps.ids.next(), email, now }));
        if (result.created) created++;
      }
      return { created };
    });
  };
}
