import { type Actor, requireMember } from "../../domain/identity/actor.ts";
import type { AlreadyMember, NotAMember, OrganisationAdminOnly } from "../../domain/identity/errors.ts";
import type { Organisation } from "../../domain/identity/organisation.ts";
import type { User } from "../../domain/identity/user.ts";
import { type Email, type EmailError, parseEmail } from "../../domain/shared/email.ts";
import type { RateLimited } from "../../domain/shared/rate-limit.ts";
import { err, ok, type Result } from "../../domain/shared/result.ts";
import { invitationEmail } from "../messaging/index.ts";
import { firstRateRefusal, type RateLimiter } from "../shared/rate-limiter.ts";
import { prepareLink } from "./links.ts";
import { requireOrganisationAdmin } from "./organisation-admin.ts";
import type { IdentityRepos, MembershipRepository } from "./ports.ts";
import { emailBucket } from "./rate-limits.ts";
import type { WriteDeps } from "./settings.ts";

type Deps = WriteDeps & Readonly<{ rateLimiter: RateLimiter; memberships: MembershipRepository }>;

export type InvitationSent = Readonly<{ id: string; email: Email; expiresAt: Date }>;

type Refusal = NotAMember | OrganisationAdminOnly | AlreadyMember | EmailError | RateLimited;

/**
 * [beyond] `POST /organisations/{id}/invitations`: an admin of the organisation (docs/adr/0015) emails a colleague a
 * single-use link; its page adds the membership. Limited per invited address like every email sent to an address
 * someone typed.
 */
export function inviteMember(deps: Deps) {
  return async (input: {
    actor: Actor;
    organisationId: string;
    email: string;
  }): Promise<Result<InvitationSent, Refusal>> => {
    const { actor, organisationId } = input;
    const allowed = requireMember(actor, organisationId);
    if (!allowed.ok) return allowed;
    const email = parseEmail(input.email);
    if (!email.ok) return email;
    const admin = requireOrganisationAdmin(
      await deps.memberships.membersOf(organisationId),
      organisationId,
      actor.userId,
    );
    if (!admin.ok) return admin;
    const rule = deps.settings.rateLimits.perEmail;
    const refusal = await firstRateRefusal(deps.rateLimiter, [{ key: emailBucket(email.value), rule }]);
    if (refusal) return err(refusal);
    return deps.unitOfWork.run(async (repos) => {
      const organisation = await repos.organisations.findById(organisationId);
      if (!organisation) return err({ code: "NOT_A_MEMBER" as const, organisationId });
      const invitee = await repos.users.findByEmail(email.value);
      const members = await repos.memberships.membersOf(organisationId);
      if (invitee && members.some((member) => member.userId === invitee.id)) {
        return err({ code: "ALREADY_MEMBER" as const, organisationId });
      }
      const inviter = await repos.users.findById(actor.userId);
      return ok(
        await sendInvitation(deps, repos, { organisation, email: email.value, inviter: nameOf(inviter, actor) }),
      );
    });
  };
}

type Invitation = Readonly<{ organisation: Organisation; email: Email; inviter: string }>;

async function sendInvitation(deps: Deps, repos: IdentityRepos, invitation: Invitation): Promise<InvitationSent> {
  const { organisation, email } = invitation;
  const days = deps.settings.invitationLinkDays;
  const subject = { purpose: "invitation" as const, organisationId: organisation.id, email };
  const { link, url } = await prepareLink(deps, subject, days * 24 * 60);
  await repos.identityLinks.save(link);
  const content = invitationEmail({
    inviterName: invitation.inviter,
    organisationName: organisation.displayName,
    url,
    validityDays: days,
  });
  await repos.outbox.enqueue(
    { to: email, ...content },
    { idempotencyKey: `invitation/${link.id}`, now: link.createdAt },
  );
  return { id: link.id, email, expiresAt: link.expiresAt };
}

/** "Zoé Martin", or the inviter's email when they gave no name. */
function nameOf(user: User | null, actor: Actor): string {
  const name = [user?.firstName, user?.lastName].filter(Boolean).join(" ");
  return name === "" ? actor.email : name;
}
