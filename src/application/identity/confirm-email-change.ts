import { changeEmail } from "../../domain/identity/user.ts";
import type { Email } from "../../domain/shared/email.ts";
import { err, ok, type Result } from "../../domain/shared/result.ts";
import { type LinkInvalid, linkInvalid } from "../shared/link-tokens.ts";
import type { Clock, UnitOfWork } from "../shared/ports.ts";
import { findUsableLink } from "./find-usable-link.ts";
import type { IdentityRepos } from "./ports.ts";

/** Someone else's account uses the address by now: shown on the page only, to the address's owner. */
export type EmailTaken = Readonly<{ code: "EMAIL_TAKEN"; email: Email }>;

type Deps = Readonly<{ unitOfWork: UnitOfWork<IdentityRepos>; clock: Clock }>;

/** POST of `/confirmation-email/{token}`: the new address replaces the old one, confirmed, and the link is used. */
export function confirmEmailChange(deps: Deps) {
  return async (input: { token: string }): Promise<Result<{ email: Email }, LinkInvalid | EmailTaken>> => {
    const now = deps.clock.now();
    return deps.unitOfWork.run(async (repos) => {
      const link = await findUsableLink(repos.identityLinks, {
        token: input.token,
        purpose: "email_confirmation",
        now,
      });
      if (!link.ok) return link;
      const { newEmail } = link.value;
      const user = await repos.users.findById(link.value.userId);
      if (!user) return err(linkInvalid("unknown"));
      const holder = await repos.users.findByEmail(newEmail);
      if (holder && holder.id !== user.id) return err({ code: "EMAIL_TAKEN", email: newEmail });
      if (!(await repos.identityLinks.markUsed(link.value.id, now))) return err(linkInvalid("used"));
      const updated = await repos.users.update(changeEmail(user, newEmail, now));
      return updated === "updated" ? ok({ email: newEmail }) : err({ code: "EMAIL_TAKEN", email: newEmail });
    });
  };
}
