import type { NoAccountToJoin } from "../../domain/identity/errors.ts";
import type { JoinRequest } from "../../domain/identity/join-request.ts";
import { isOpen } from "../../domain/identity/join-request.ts";
import type { OrganisationKind } from "../../domain/identity/organisation.ts";
import { type Email, type EmailError, parseEmail } from "../../domain/shared/email.ts";
import type { RateLimited } from "../../domain/shared/rate-limit.ts";
import { err, ok, type Result } from "../../domain/shared/result.ts";
import { joinRequestEmail } from "../messaging/index.ts";
import { firstRateRefusal, type RateLimiter } from "../shared/rate-limiter.ts";
import { prepareLink } from "./links.ts";
import type { IdentityRepos, OrganisationRepository } from "./ports.ts";
import { emailBucket, joinRequestBucket } from "./rate-limits.ts";
import type { WriteDeps } from "./settings.ts";

type Deps = WriteDeps & Readonly<{ rateLimiter: RateLimiter; organisations: OrganisationRepository }>;

export type JoinRequestInput = Readonly<{
  kind: OrganisationKind;
  /** Parsed by the sign-up (recruiter context) before it reaches identity. */
  siret: string;
  email: string;
  firstName: string;
  lastName: string;
  phone: string;
}>;

export type JoinRequested = Readonly<{ validityDays: number }>;

/**
 * `POST /join-requests` (docs/adr/0015): the SIRET is taken, so the person asks the organisation's admins to let
 * them in; each admin gets a link whose page accepts. The answer is the same whether a request was sent, was
 * already open, or the person is already a member, so it tells nothing about the organisation's members. Limited
 * per typed address and per organisation (its admins' mailboxes).
 */
export function requestToJoin(deps: Deps) {
  return async (
    input: JoinRequestInput,
  ): Promise<Result<JoinRequested, NoAccountToJoin | EmailError | RateLimited>> => {
    const email = parseEmail(input.email);
    if (!email.ok) return email;
    const { perEmail, joinRequestsPerOrganisation } = deps.settings.rateLimits;
    const byEmail = await firstRateRefusal(deps.rateLimiter, [{ key: emailBucket(email.value), rule: perEmail }]);
    if (byEmail) return err(byEmail);
    const holder = await deps.organisations.findHolder(input.kind, input.siret);
    if (holder?.status !== "active") return err({ code: "NO_ACCOUNT_TO_JOIN", kind: input.kind, siret: input.siret });
    const rule = joinRequestsPerOrganisation;
    const byOrganisation = await firstRateRefusal(deps.rateLimiter, [{ key: joinRequestBucket(holder.id), rule }]);
    if (byOrganisation) return err(byOrganisation);
    const days = deps.settings.joinRequestDays;
    await deps.unitOfWork.run(async (repos) => {
      const now = deps.clock.now();
      const members = await repos.memberships.membersOf(holder.id);
      const requester = await repos.users.findByEmail(email.value);
      if (requester && members.some((member) => member.userId === requester.id)) return;
      const pending = await repos.joinRequests.findUnaccepted(holder.id, email.value);
      if (pending && isOpen(pending, now)) return;
      if (pending) await repos.joinRequests.delete(pending.id);
      const expiresAt = new Date(now.getTime() + days * 86_400_000);
      const request: JoinRequest = {
        ...input,
        id: deps.ids.next(),
        organisationId: holder.id,
        email: email.value,
        createdAt: now,
        expiresAt,
        acceptedAt: null,
      };
      if ((await repos.joinRequests.save(request)) === "exists") return;
      for (const admin of members.filter((member) => member.role === "admin")) {
        await tellAdmin(deps, repos, { request, adminId: admin.userId, organisationName: holder.displayName });
      }
    });
    return ok({ validityDays: days });
  };
}

type Notice = Readonly<{ request: JoinRequest; adminId: string; organisationName: string }>;

async function tellAdmin(deps: Deps, repos: IdentityRepos, { request, adminId, organisationName }: Notice) {
  const admin = await repos.users.findById(adminId);
  if (!admin) return;
  const days = deps.settings.joinRequestDays;
  const subject = {
    purpose: "join_request" as const,
    organisationId: request.organisationId,
    userId: admin.id,
    email: request.email as Email,
  };
  const { link, url } = await prepareLink(deps, subject, days * 24 * 60);
  await repos.identityLinks.save(link);
  const content = joinRequestEmail({
    adminFirstName: admin.firstName,
    organisationName,
    requester: request,
    url,
    validityDays: days,
  });
  const idempotencyKey = `join-request/${request.id}/${admin.id}`;
  await repos.outbox.enqueue({ to: admin.email, ...content }, { idempotencyKey, now: link.createdAt });
}
