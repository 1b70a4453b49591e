import type { Actor } from "../../domain/identity/actor.ts";
import type { LastAdmin } from "../../domain/identity/errors.ts";
import { keepsAnAdmin } from "../../domain/identity/membership.ts";
import { err, ok, type Result } from "../../domain/shared/result.ts";
import type { Clock, UnitOfWork } from "../shared/ports.ts";
import { closeIfLastMemberLeft } from "./close-if-empty.ts";
import { lockMembers } from "./organisation-admin.ts";
import type { IdentityRepos } from "./ports.ts";

export type MeDeleted = Readonly<{ closedOrganisationIds: readonly string[] }>;

/**
 * `DELETE /me`: the person is removed with their memberships, sessions and links (their token dies with the
 * session). Each organisation they were the last member of is closed (docs/PRODUCT.md §2); the last admin of an
 * organisation that has other members names another admin first (docs/adr/0015), else nothing is deleted.
 */
export function deleteMe(deps: { unitOfWork: UnitOfWork<IdentityRepos>; clock: Clock }) {
  return async (input: { actor: Actor }): Promise<Result<MeDeleted, LastAdmin>> => {
    const now = deps.clock.now();
    const { userId } = input.actor;
    return deps.unitOfWork.run(async (repos) => {
      const organisations = await repos.memberships.organisationsOf(userId);
      const blocking: string[] = [];
      for (const organisation of organisations) {
        const { members } = await lockMembers(repos, organisation.id);
        if (!keepsAnAdmin(members, { userId, becomes: null })) blocking.push(organisation.displayName);
      }
      if (blocking.length > 0) return err({ code: "LAST_ADMIN" as const, organisationNames: blocking });
      await repos.users.delete(userId);
      const closedOrganisationIds: string[] = [];
      for (const organisation of organisations) {
        if (await closeIfLastMemberLeft(repos, organisation, now)) closedOrganisationIds.push(organisation.id);
      }
      return ok({ closedOrganisationIds });
    });
  };
}
