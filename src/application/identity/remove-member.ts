import { type Actor, requireMember } from "../../domain/identity/actor.ts";
import type { LastAdmin, MemberNotFound, NotAMember, OrganisationAdminOnly } from "../../domain/identity/errors.ts";
import { keepsAnAdmin } from "../../domain/identity/membership.ts";
import { err, ok, type Result } from "../../domain/shared/result.ts";
import type { Clock, UnitOfWork } from "../shared/ports.ts";
import { closeIfLastMemberLeft } from "./close-if-empty.ts";
import { lockMembers, requireOrganisationAdmin, requireTarget } from "./organisation-admin.ts";
import type { IdentityRepos } from "./ports.ts";

export type MemberRemoved = Readonly<{ organisationClosed: boolean }>;

type Refusal = NotAMember | MemberNotFound | OrganisationAdminOnly | LastAdmin;

/**
 * `DELETE /organisations/{id}/members/{userId}` (docs/adr/0015): an admin removes a member, anyone leaves; the last
 * admin of an organisation with other members names another admin first. The removed person keeps their account;
 * the organisation closes when nobody is left.
 */
export function removeMember(deps: { unitOfWork: UnitOfWork<IdentityRepos>; clock: Clock }) {
  return async (input: {
    actor: Actor;
    organisationId: string;
    userId: string;
  }): Promise<Result<MemberRemoved, Refusal>> => {
    const allowed = requireMember(input.actor, input.organisationId);
    if (!allowed.ok) return allowed;
    const { organisationId, userId, actor } = input;
    const now = deps.clock.now();
    return deps.unitOfWork.run(async (repos) => {
      const { organisation, members } = await lockMembers(repos, organisationId);
      const target = requireTarget(members, organisationId, userId);
      if (!target.ok) return target;
      if (userId !== actor.userId) {
        const admin = requireOrganisationAdmin(members, organisationId, actor.userId);
        if (!admin.ok) return admin;
      }
      if (!keepsAnAdmin(members, { userId, becomes: null })) {
        return err({ code: "LAST_ADMIN" as const, organisationNames: [organisation?.displayName ?? ""] });
      }
      await repos.memberships.remove(userId, organisationId);
      const organisationClosed = organisation ? await closeIfLastMemberLeft(repos, organisation, now) : false;
      return ok({ organisationClosed });
    });
  };
}
