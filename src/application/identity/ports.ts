import type { IdentityLink } from "../../domain/identity/identity-link.ts";
import type { JoinRequest } from "../../domain/identity/join-request.ts";
import type { Member, MemberRole, Membership } from "../../domain/identity/membership.ts";
import type { Organisation, OrganisationKind } from "../../domain/identity/organisation.ts";
import type { Session } from "../../domain/identity/session.ts";
import type { User } from "../../domain/identity/user.ts";
import type { Email } from "../../domain/shared/email.ts";
import type { Outbox } from "../messaging/index.ts";

/** People. Emails are unique (parseEmail's lower-case form). */
export interface UserRepository {
  findById(id: string): Promise<User | null>;
  findByEmail(email: Email): Promise<User | null>;
  /** Inserts `user`, or returns the person who already has its email unchanged (`created` false). */
  findOrCreate(user: User): Promise<{ user: User; created: boolean }>;
  /**
   * Writes names, phone, email and confirmation if the stored person is still at `user.version`, and stores
   * `user.version + 1` (docs/adr/0018). `"email_taken"` when another person has the email, even one taking it
   * in a concurrent transaction (never an exception); `"conflict"` when another write came first.
   */
  update(user: User): Promise<"updated" | "email_taken" | "conflict">;
  /** Removes the person with their memberships, sessions and links (personal data goes with them). */
  delete(id: string): Promise<void>;
}

type OrganisationPage = Readonly<{ items: readonly OrganisationSummary[]; total: number }>;

export type OrganisationSummary = Readonly<{ organisation: Organisation; memberCount: number }>;

/**
 * Company and CFA accounts. At most one confirmed organisation per (kind, SIRET) that is not closed (it "holds"
 * the SIRET); pending sign-ups hold nothing (docs/adr/0015).
 */
export interface OrganisationRepository {
  /** Inserts it. `"conflict"` when it is not pending and a confirmed open one of that kind holds the SIRET. */
  create(organisation: Organisation): Promise<"created" | "conflict">;
  findById(id: string): Promise<Organisation | null>;
  /** The same, locking the row until the transaction ends: one membership change of an organisation at a time. */
  findForUpdate(id: string): Promise<Organisation | null>;
  /** The confirmed organisation of that kind that is not closed (active or disabled) with this SIRET, or null. */
  findHolder(kind: OrganisationKind, siret: string): Promise<Organisation | null>;
  /** Writes the status (disabled or closed, with its date). */
  updateStatus(organisation: Organisation): Promise<void>;
  /**
   * A pending sign-up becomes active (confirmSignUp's result). `"conflict"` when another organisation took the
   * SIRET meanwhile, `"not_pending"` when it is no longer pending; nothing changes then.
   */
  confirm(organisation: Organisation, now: Date): Promise<"confirmed" | "conflict" | "not_pending">;
  /** Pending sign-ups expired at `now`, first expired first (ties: id in byte order), at most `limit`. */
  findExpiredSignUps(now: Date, limit: number): Promise<Organisation[]>;
  /** Removes a pending sign-up with what hangs on it (memberships, links, join requests, establishment profile). */
  deleteSignUp(id: string): Promise<void>;
  /** Newest first (then id), for support: `page` is 1-based. */
  list(input: { page: number; pageSize: number }): Promise<OrganisationPage>;
}

/** Who belongs to which organisation, with which role (docs/adr/0015). */
export interface MembershipRepository {
  /** `"exists"` when the person already belongs to it (nothing changes, the role neither). */
  add(membership: Membership): Promise<"added" | "exists">;
  /** false when the person did not belong to it. */
  remove(userId: string, organisationId: string): Promise<boolean>;
  /** false when the person does not belong to it. */
  setRole(userId: string, organisationId: string, role: MemberRole): Promise<boolean>;
  /** The person's organisations, whatever their status, oldest membership first. */
  organisationsOf(userId: string): Promise<Organisation[]>;
  /** The same with the person's role in each. */
  membershipsOf(userId: string): Promise<{ organisation: Organisation; role: MemberRole }[]>;
  /** Members, oldest membership first (ties: user id in byte order). */
  membersOf(organisationId: string): Promise<Member[]>;
}

/** Requests to join an organisation (docs/adr/0015). */
export interface JoinRequestRepository {
  /** `"exists"` when an open (not accepted) request of that organisation and email exists: nothing changes. */
  save(request: JoinRequest): Promise<"saved" | "exists">;
  /** The request of that organisation and email that is not accepted yet (expired or not), or null. */
  findUnaccepted(organisationId: string, email: Email): Promise<JoinRequest | null>;
  /** Removes a request (an expired one, before a new one takes its place). */
  delete(id: string): Promise<void>;
  /** Sets `acceptedAt` unless already set: false when it was (a concurrent acceptance won). */
  markAccepted(id: string, now: Date): Promise<boolean>;
  /** Requests not accepted and not expired at `now`, oldest first, a page at a time (`page` 1-based). */
  listOpen(input: { now: Date; page: number; pageSize: number }): Promise<{ items: JoinRequest[]; total: number }>;
}

/** An address typed into `POST /auth/magic-link`, waiting for the `identity:login-links` job (docs/adr/0015). */
export type LoginLinkRequest = Readonly<{ id: string; email: Email; requestedAt: Date }>;

export interface LoginLinkRequestQueue {
  add(request: LoginLinkRequest): Promise<void>;
  /** Removes and returns at most `limit` requests, oldest first; a rollback of the transaction puts them back. */
  take(limit: number): Promise<LoginLinkRequest[]>;
}

/** Single-use links of the identity context, looked up by the SHA-256 hash of their token. */
export interface IdentityLinkRepository {
  save(link: IdentityLink): Promise<void>;
  findByTokenHash(tokenHash: string): Promise<IdentityLink | null>;
  /**
   * Marks the link used if it is not yet, atomically: false when it already was (a concurrent use won). Call it
   * in the transaction of the change the link authorises, before that change.
   */
  markUsed(id: string, now: Date): Promise<boolean>;
}

export interface SessionRepository {
  create(session: Session): Promise<void>;
  findById(id: string): Promise<Session | null>;
  /** Sets `revokedAt` unless already set. */
  revoke(id: string, now: Date): Promise<void>;
}

export type AccessTokenClaims = Readonly<{ sessionId: string; userId: string }>;

/** Signed, short-lived bearer tokens (a JWT in production). */
export interface AccessTokens {
  issue(claims: AccessTokenClaims, validity: { issuedAt: Date; expiresAt: Date }): Promise<string>;
  /** null when the token is malformed, forged, or expired at `now`. */
  verify(token: string, now: Date): Promise<AccessTokenClaims | null>;
}

/**
 * What other contexts do when an organisation stops (its offers close and leave search). Called inside the
 * identity transaction, so implementations write through their own transaction-bound repositories.
 */
export interface OrganisationLifecycle {
  organisationClosed(event: OrganisationClosed): Promise<void>;
}

export type OrganisationClosed = Readonly<{
  organisationId: string;
  kind: OrganisationKind;
  reason: "last_member_left" | "disabled_by_support";
  at: Date;
}>;

/** The repositories identity use cases write in one UnitOfWork transaction. */
export type IdentityRepos = Readonly<{
  users: UserRepository;
  organisations: OrganisationRepository;
  memberships: MembershipRepository;
  identityLinks: IdentityLinkRepository;
  sessions: SessionRepository;
  joinRequests: JoinRequestRepository;
  loginLinkRequests: LoginLinkRequestQueue;
  organisationLifecycle: OrganisationLifecycle;
  outbox: Outbox;
}>;
