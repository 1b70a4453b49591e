import type { OrganisationNotActive } from "../../domain/identity/errors.ts";
import { isOpen } from "../../domain/identity/join-request.ts";
import { roleOf } from "../../domain/identity/membership.ts";
import { newUser } from "../../domain/identity/user.ts";
import type { Email } from "../../domain/shared/email.ts";
import { err, ok, type Result } from "../../domain/shared/result.ts";
import { joinRequestAcceptedEmail } from "../messaging/index.ts";
import { type LinkInvalid, linkInvalid } from "../shared/link-tokens.ts";
import { findUsableLink } from "./find-usable-link.ts";
import { prepareLink } from "./links.ts";
import { lockMembers } from "./organisation-admin.ts";
import type { WriteDeps } from "./settings.ts";

export type JoinRequestAccepted = Readonly<{ organisationName: string; requesterName: string; email: Email }>;

/**
 * POST of `/demande-acces/{token}` (docs/adr/0015): an admin accepts a join request. The requester becomes a member
 * (their account is created when needed) and is emailed a login link. The link works once, for an admin still
 * admin, while the request is open: the first admin to accept wins, the others' links stop working.
 */
export function acceptJoinRequest(deps: WriteDeps) {
  return async (input: {
    token: string;
  }): Promise<Result<JoinRequestAccepted, LinkInvalid | OrganisationNotActive>> => {
    const now = deps.clock.now();
    return deps.unitOfWork.run(async (repos) => {
      const link = await findUsableLink(repos.identityLinks, { token: input.token, purpose: "join_request", now });
      if (!link.ok) return link;
      const { organisationId, email, userId: adminId } = link.value;
      const { organisation, members } = await lockMembers(repos, organisationId);
      if (!organisation) return err(linkInvalid("unknown"));
      if (organisation.status !== "active") {
        return err({ code: "ORGANISATION_NOT_ACTIVE" as const, organisationId, status: organisation.status });
      }
      if (roleOf(members, adminId) !== "admin") return err(linkInvalid("unknown"));
      const request = await repos.joinRequests.findUnaccepted(organisationId, email);
      if (!request || !isOpen(request, now)) return err(linkInvalid("used"));
      if (!(await repos.identityLinks.markUsed(link.value.id, now))) return err(linkInvalid("used"));
      if (!(await repos.joinRequests.markAccepted(request.id, now))) return err(linkInvalid("used"));
      const { firstName, lastName, phone } = request;
      const { user } = await repos.users.findOrCreate(
        newUser({ id: deps.ids.next(), email, firstName, lastName, phone, now }),
      );
      await repos.memberships.add({ userId: user.id, organisationId, role: "member", createdAt: now });
      const minutes = deps.settings.loginLinkMinutes;
      const login = await prepareLink(deps, { purpose: "login", userId: user.id }, minutes);
      await repos.identityLinks.save(login.link);
      const content = joinRequestAcceptedEmail({
        firstName: user.firstName,
        organisationName: organisation.displayName,
        url: login.url,
        validityMinutes: minutes,
      });
      await repos.outbox.enqueue(
        { to: user.email, ...content },
        { idempotencyKey: `join-accepted/${request.id}`, now },
      );
      return ok({ organisationName: organisation.displayName, requesterName: `${firstName} ${lastName}`, email });
    });
  };
}
