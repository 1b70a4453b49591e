import { type Actor, requireMember } from "../../domain/identity/actor.ts";
import type { MemberNotFound, NotAMember } from "../../domain/identity/errors.ts";
import { err, ok, type Result } from "../../domain/shared/result.ts";
import type { Clock, UnitOfWork } from "../shared/ports.ts";
import { closeIfLastMemberLeft } from "./close-if-empty.ts";
import type { IdentityRepos } from "./ports.ts";

export type MemberRemoved = Readonly<{ organisationClosed: boolean }>;

/**
 * `DELETE /organisations/{id}/members/{userId}`: any member may remove a member, themselves included (leaving).
 * The removed person keeps their account; the organisation closes when nobody is left.
 */
export function removeMember(deps: { unitOfWork: UnitOfWork<IdentityRepos>; clock: Clock }) {
  return async (input: {
    actor: Actor;
    organisationId: string;
    userId: string;
  }): Promise<Result<MemberRemoved, NotAMember | MemberNotFound>> => {
    const allowed = requireMember(input.actor, input.organisationId);
    if (!allowed.ok) return allowed;
    const { organisationId, userId } = input;
    const now = deps.clock.now();
    return deps.unitOfWork.run(async (repos) => {
      if (!(await repos.memberships.remove(userId, organisationId))) {
        return err({ code: "MEMBER_NOT_FOUND" as const, organisationId, userId });
      }
      const organisation = await repos.organisations.findById(organisationId);
      const organisationClosed = organisation ? await closeIfLastMemberLeft(repos, organisation, now) : false;
      return ok({ organisationClosed });
    });
  };
}
