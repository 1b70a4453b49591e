import type { MemberRole } from "../../domain/identity/membership.ts";
import type { User } from "../../domain/identity/user.ts";
import type { MembershipRepository, UserRepository } from "./ports.ts";

export type OrganisationMember = Readonly<{ user: User; role: MemberRole }>;

/** The people of an organisation with their role, in membership order; the caller checked the actor may see them. */
export function listMembers(deps: { users: UserRepository; memberships: MembershipRepository }) {
  return async (organisationId: string): Promise<readonly OrganisationMember[]> => {
    const members = await deps.memberships.membersOf(organisationId);
    const found = await Promise.all(
      members.map(async ({ userId, role }) => ({ user: await deps.users.findById(userId), role })),
    );
    return found.flatMap(({ user, role }) => (user ? [{ user, role }] : []));
  };
}
