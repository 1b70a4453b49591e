import type { Job } from "../scheduling/index.ts";
import type { RateLimiter } from "../shared/rate-limiter.ts";
import { acceptInvitation } from "./accept-invitation.ts";
import { acceptJoinRequest } from "./accept-join-request.ts";
import { authenticate } from "./authenticate.ts";
import { changeMemberRole } from "./change-member-role.ts";
import { closeSession } from "./close-session.ts";
import { confirmEmailChange } from "./confirm-email-change.ts";
import { deleteMe } from "./delete-me.ts";
import { disableOrganisation } from "./disable-organisation.ts";
import { ensureAdminUsers } from "./ensure-admin-users.ts";
import { getMe } from "./get-me.ts";
import { inviteMember } from "./invite-member.ts";
import { listJoinRequests } from "./list-join-requests.ts";
import { listMembers } from "./list-members.ts";
import { listOrganisations } from "./list-organisations.ts";
import { openSession } from "./open-session.ts";
import type {
  AccessTokens,
  MembershipRepository,
  OrganisationRepository,
  SessionRepository,
  UserRepository,
} from "./ports.ts";
import { previewIdentityLink } from "./preview-identity-link.ts";
import { purgeExpiredSignUps } from "./purge-expired-sign-ups.ts";
import { emailBucket } from "./rate-limits.ts";
import { registerOrganisationWithFirstMember } from "./register-organisation-with-first-member.ts";
import { removeMember } from "./remove-member.ts";
import { requestLoginLink } from "./request-login-link.ts";
import { requestToJoin } from "./request-to-join.ts";
import { sendLoginLinks } from "./send-login-links.ts";
import type { WriteDeps } from "./settings.ts";
import { updateMe } from "./update-me.ts";

/** Every port the identity use cases need: the production adapters or the in-memory fakes, same wiring. */
export type IdentityDeps = WriteDeps &
  Readonly<{
    /** Reads outside a transaction. */
    users: UserRepository;
    memberships: MembershipRepository;
    organisations: OrganisationRepository;
    sessions: SessionRepository;
    rateLimiter: RateLimiter;
    accessTokens: AccessTokens;
  }>;

/** The identity use cases bound to their ports: what the HTTP layer calls. */
export function identityUseCases(deps: IdentityDeps) {
  const { users, memberships, organisations: _o, sessions, rateLimiter, accessTokens, ...write } = deps;
  const reads = { users, memberships };
  return {
    requestLoginLink: requestLoginLink({ ...write, rateLimiter }),
    openSession: openSession({ ...write, accessTokens }),
    authenticate: authenticate({ ...reads, sessions, accessTokens, clock: write.clock, settings: write.settings }),
    closeSession: closeSession({ sessions, clock: write.clock }),
    getMe: getMe(reads),
    updateMe: updateMe({ ...write, rateLimiter }),
    deleteMe: deleteMe(write),
    inviteMember: inviteMember({ ...write, rateLimiter, memberships }),
    removeMember: removeMember(write),
    changeMemberRole: changeMemberRole(write),
    listOrganisations: listOrganisations(write),
    listJoinRequests: listJoinRequests(write),
    disableOrganisation: disableOrganisation(write),
    previewIdentityLink: previewIdentityLink(write),
    confirmEmailChange: confirmEmailChange(write),
    acceptInvitation: acceptInvitation(write),
    acceptJoinRequest: acceptJoinRequest(write),
  };
}

export type IdentityUseCases = ReturnType<typeof identityUseCases>;

/**
 * The identity jobs (docs/adr/0015): the login links of `POST /auth/magic-link`, every second like the outbox, so a
 * link still arrives within seconds; the purge of sign-ups whose link expired unused.
 */
export function identityJobs(deps: IdentityDeps): readonly Job[] {
  const send = sendLoginLinks(deps);
  const purge = purgeExpiredSignUps(deps);
  return [
    { name: "identity:login-links", everyMs: 1_000, leaseMs: 60_000, run: () => send() },
    { name: "identity:expired-sign-ups", everyMs: 10 * 60_000, leaseMs: 5 * 60_000, run: (now) => purge(now) },
  ];
}

/** What identity offers the other contexts (application/identity/index.ts is their only door). */
export function identityPublishedApi(deps: IdentityDeps) {
  const { users, memberships, organisations, unitOfWork, clock, ids, secrets, settings, rateLimiter } = deps;
  const linkDeps = { clock, ids, secrets, settings };
  return {
    /** Sign-up (recruiter context) issues identity links in its own transaction. */
    linkDeps,
    listMembers: listMembers({ users, memberships }),
    ensureAdminUsers: ensureAdminUsers(deps),
    registerOrganisationWithFirstMember: registerOrganisationWithFirstMember({ ...linkDeps, unitOfWork }),
    /** Sign-up's alternative when the SIRET is taken (docs/adr/0015). */
    requestToJoin: requestToJoin({ ...linkDeps, unitOfWork, rateLimiter, organisations }),
    /**
     * One more email to an address someone typed (a sign-up's welcome): the shared per-address bucket of
     * docs/PRODUCT.md §2 "Abuse limits"; null when allowed.
     */
    limitEmailsTo: async (email: Parameters<typeof emailBucket>[0]) => {
      const decision = await rateLimiter.hit(emailBucket(email), settings.rateLimits.perEmail);
      return decision.allowed
        ? null
        : ({ code: "RATE_LIMITED", retryAfterSeconds: decision.retryAfterSeconds } as const);
    },
    /** An organisation's public name, kind and SIRET; null when unknown. */
    organisationOf: async (organisationId: string) => {
      const organisation = await organisations.findById(organisationId);
      if (!organisation) return null;
      const { id, displayName: name, kind, siret } = organisation;
      return { id, name, kind, siret };
    },
    /** A person's email and phone (a recruiter's contact); null for a person deleted meanwhile. */
    contactOf: async (userId: string) => {
      const user = await users.findById(userId);
      return user && { email: user.email, phone: user.phone };
    },
  };
}

export type IdentityPublishedApi = ReturnType<typeof identityPublishedApi>;
