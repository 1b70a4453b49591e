import { type Actor, requireAdmin } from "../../domain/identity/actor.ts";
import type { AdminOnly, OrganisationNotActive, OrganisationNotFound } from "../../domain/identity/errors.ts";
import { disableOrganisation as disable, type Organisation } from "../../domain/identity/organisation.ts";
import { err, ok, type Result } from "../../domain/shared/result.ts";
import { accountDisabledEmail } from "../messaging/index.ts";
import type { Clock, UnitOfWork } from "../shared/ports.ts";
import type { IdentityRepos } from "./ports.ts";

type Refusal = AdminOnly | OrganisationNotFound | OrganisationNotActive;

/**
 * Support: `POST /admin/organisations/{id}/disable`. Its members can no longer log in nor use their tokens
 * (unless they belong to another active organisation), the other contexts close what it published, and each
 * member is told by email, all in one transaction.
 */
export function disableOrganisation(deps: { unitOfWork: UnitOfWork<IdentityRepos>; clock: Clock }) {
  return async (input: { actor: Actor; organisationId: string }): Promise<Result<Organisation, Refusal>> => {
    const allowed = requireAdmin(input.actor);
    if (!allowed.ok) return allowed;
    const now = deps.clock.now();
    return deps.unitOfWork.run(async (repos) => {
      const found = await repos.organisations.findById(input.organisationId);
      if (!found) return err({ code: "ORGANISATION_NOT_FOUND" as const, organisationId: input.organisationId });
      const disabled = disable(found, now);
      if (!disabled.ok) return disabled;
      await repos.organisations.updateStatus(disabled.value);
      const event = { organisationId: found.id, kind: found.kind, reason: "disabled_by_support" as const, at: now };
      await repos.organisationLifecycle.organisationClosed(event);
      for (const { userId } of await repos.memberships.membersOf(found.id)) {
        const member = await repos.users.findById(userId);
        if (!member) continue;
        const content = accountDisabledEmail({ firstName: member.firstName, organisationName: found.displayName });
        const idempotencyKey = `organisation-disabled/${found.id}/${member.id}`;
        await repos.outbox.enqueue({ to: member.email, ...content }, { idempotencyKey, now });
      }
      return ok(disabled.value);
    });
  };
}
