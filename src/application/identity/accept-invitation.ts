import type { OrganisationNotActive } from "../../domain/identity/errors.ts";
import { confirmEmail, newUser } from "../../domain/identity/user.ts";
import type { Email } from "../../domain/shared/email.ts";
import { err, ok, type Result } from "../../domain/shared/result.ts";
import { type LinkInvalid, linkInvalid } from "../shared/link-tokens.ts";
import type { Clock, IdGenerator, UnitOfWork } from "../shared/ports.ts";
import { findUsableLink } from "./find-usable-link.ts";
import type { IdentityRepos } from "./ports.ts";

export type InvitationAccepted = Readonly<{ organisationName: string; email: Email; accountCreated: boolean }>;

type Deps = Readonly<{ unitOfWork: UnitOfWork<IdentityRepos>; clock: Clock; ids: IdGenerator }>;

/**
 * POST of `/invitation/{token}`: adds the membership, creating the person when the address has no account yet.
 * Opening the emailed link proves the address, so it counts as confirmed.
 */
export function acceptInvitation(deps: Deps) {
  return async (input: { token: string }): Promise<Result<InvitationAccepted, LinkInvalid | OrganisationNotActive>> => {
    const now = deps.clock.now();
    return deps.unitOfWork.run(async (repos) => {
      const link = await findUsableLink(repos.identityLinks, { token: input.token, purpose: "invitation", now });
      if (!link.ok) return link;
      const { organisationId, email } = link.value;
      const organisation = await repos.organisations.findById(organisationId);
      if (!organisation) return err(linkInvalid("unknown"));
      if (organisation.status !== "active") {
        return err({ code: "ORGANISATION_NOT_ACTIVE" as const, organisationId, status: organisation.status });
      }
      if (!(await repos.identityLinks.markUsed(link.value.id, now))) return err(linkInvalid("used"));
      const { user, created } = await repos.users.findOrCreate(newUser({ id: deps.ids.next(), email, now }));
      const confirmed = confirmEmail(user, now);
      if (confirmed !== user) await repos.users.update(confirmed);
      await repos.memberships.add({ userId: user.id, organisationId, role: "member", createdAt: now });
      return ok({ organisationName: organisation.displayName, email, accountCreated: created });
    });
  };
}
