import { closeOrganisation, type Organisation } from "../../domain/identity/organisation.ts";
import type { IdentityRepos } from "./ports.ts";

/**
 * docs/PRODUCT.md §2: "my organisation's offers close when its last member leaves". An active organisation left
 * without members is closed (its SIRET may sign up again) and the other contexts are told, in this transaction.
 */
export async function closeIfLastMemberLeft(
  repos: Pick<IdentityRepos, "memberships" | "organisations" | "organisationLifecycle">,
  organisation: Organisation,
  now: Date,
): Promise<boolean> {
  if ((await repos.memberships.membersOf(organisation.id)).length > 0) return false;
  const closed = closeOrganisation(organisation, now);
  if (!closed.ok) return false;
  await repos.organisations.updateStatus(closed.value);
  await repos.organisationLifecycle.organisationClosed({
    organisationId: organisation.id,
    kind: organisation.kind,
    reason: "last_member_left",
    at: now,
  });
  return true;
}
