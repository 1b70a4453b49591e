import { type Actor, requireMember } from "../../domain/identity/actor.ts";
import type { LastAdmin, MemberNotFound, NotAMember, OrganisationAdminOnly } from "../../domain/identity/errors.ts";
import { keepsAnAdmin, type MemberRole } from "../../domain/identity/membership.ts";
import { err, ok, type Result } from "../../domain/shared/result.ts";
import type { UnitOfWork } from "../shared/ports.ts";
import { lockMembers, requireOrganisationAdmin, requireTarget } from "./organisation-admin.ts";
import type { IdentityRepos } from "./ports.ts";

type Refusal = NotAMember | OrganisationAdminOnly | MemberNotFound | LastAdmin;

/**
 * `PATCH /organisations/{id}/members/{userId}` (docs/adr/0015): an admin makes a member admin, or an admin a member
 * (themselves included) as long as another admin remains.
 */
export function changeMemberRole(deps: { unitOfWork: UnitOfWork<IdentityRepos> }) {
  return async (input: {
    actor: Actor;
    organisationId: string;
    userId: string;
    role: MemberRole;
  }): Promise<Result<{ userId: string; role: MemberRole }, Refusal>> => {
    const allowed = requireMember(input.actor, input.organisationId);
    if (!allowed.ok) return allowed;
    const { organisationId, userId, role } = input;
    return deps.unitOfWork.run(async (repos) => {
      const { organisation, members } = await lockMembers(repos, organisationId);
      const admin = requireOrganisationAdmin(members, organisationId, input.actor.userId);
      if (!admin.ok) return admin;
      const target = requireTarget(members, organisationId, userId);
      if (!target.ok) return target;
      if (!keepsAnAdmin(members, { userId, becomes: role })) {
        return err({ code: "LAST_ADMIN" as const, organisationNames: [organisation?.displayName ?? ""] });
      }
      if (target.value.role !== role) await repos.memberships.setRole(userId, organisationId, role);
      return ok({ userId, role });
    });
  };
}
