import type { MemberNotFound, OrganisationAdminOnly } from "../../domain/identity/errors.ts";
import { type Member, roleOf } from "../../domain/identity/membership.ts";
import type { Organisation } from "../../domain/identity/organisation.ts";
import { err, ok, type Result } from "../../domain/shared/result.ts";
import type { IdentityRepos } from "./ports.ts";

export type MembersInHand = Readonly<{ organisation: Organisation | null; members: readonly Member[] }>;

/**
 * The organisation locked for this transaction and its members, read after the lock: two admins leaving at once
 * cannot both see the other stay (docs/adr/0015).
 */
export async function lockMembers(
  repos: Pick<IdentityRepos, "organisations" | "memberships">,
  organisationId: string,
): Promise<MembersInHand> {
  const organisation = await repos.organisations.findForUpdate(organisationId);
  return { organisation, members: await repos.memberships.membersOf(organisationId) };
}

/** The acting person must be an admin of the organisation. */
export function requireOrganisationAdmin(
  members: readonly Member[],
  organisationId: string,
  userId: string,
): Result<true, OrganisationAdminOnly> {
  return roleOf(members, userId) === "admin" ? ok(true) : err({ code: "ORGANISATION_ADMIN_ONLY", organisationId });
}

export function requireTarget(
  members: readonly Member[],
  organisationId: string,
  userId: string,
): Result<Member, MemberNotFound> {
  const member = members.find((m) => m.userId === userId);
  return member ? ok(member) : err({ code: "MEMBER_NOT_FOUND", organisationId, userId });
}
