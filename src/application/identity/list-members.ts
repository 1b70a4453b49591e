import type { User } from "../../domain/identity/user.ts";
import type { MembershipRepository, UserRepository } from "./ports.ts";

/** The people of an organisation, in membership order; the caller has checked the actor may see them. */
export function listMembers(deps: { users: UserRepository; memberships: MembershipRepository }) {
  return async (organisationId: string): Promise<readonly User[]> => {
    const ids = await deps.memberships.membersOf(organisationId);
    const users = await Promise.all(ids.map((id) => deps.users.findById(id)));
    return users.filter((user): user is User => user !== null);
  };
}
