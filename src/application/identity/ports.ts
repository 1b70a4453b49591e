import type { IdentityLink } from "../../domain/identity/identity-link.ts";
import type { Membership } from "../../domain/identity/membership.ts";
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
  /** Writes names, phone, email and confirmation; `"email_taken"` when another person has the email. */
  update(user: User): Promise<"updated" | "email_taken">;
  /** Removes the person with their memberships, sessions and links (personal data goes with them). */
  delete(id: string): Promise<void>;
}

type OrganisationPage = Readonly<{ items: readonly OrganisationSummary[]; total: number }>;

export type OrganisationSummary = Readonly<{ organisation: Organisation; memberCount: number }>;

/** Company and CFA accounts. At most one organisation per (kind, SIRET) that is not closed. */
export interface OrganisationRepository {
  /** `"conflict"` when an organisation of that kind and SIRET exists and is not closed. */
  create(organisation: Organisation): Promise<"created" | "conflict">;
  findById(id: string): Promise<Organisation | null>;
  /** Writes the status (disabled or closed, with its date). */
  updateStatus(organisation: Organisation): Promise<void>;
  /** Newest first (then id), for support: `page` is 1-based. */
  list(input: { page: number; pageSize: number }): Promise<OrganisationPage>;
}

/** Who belongs to which organisation. */
export interface MembershipRepository {
  /** `"exists"` when the person already belongs to it (nothing changes). */
  add(membership: Membership): Promise<"added" | "exists">;
  /** false when the person did not belong to it. */
  remove(userId: string, organisationId: string): Promise<boolean>;
  /** The person's organisations, whatever their status, oldest membership first. */
  organisationsOf(userId: string): Promise<Organisation[]>;
  /** Member ids, oldest membership first. */
  membersOf(organisationId: string): Promise<string[]>;
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
  organisationLifecycle: OrganisationLifecycle;
  outbox: Outbox;
}>;
