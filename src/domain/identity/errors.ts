/** Refusals of the identity context; src/http/domain-errors.ts gives each its status and French detail. */

/** No usable credentials: missing, badly signed or expired token, revoked session, deleted or disabled account. */
export type Unauthenticated = Readonly<{
  code: "UNAUTHENTICATED";
  reason: "missing" | "invalid_token" | "unknown_session" | "revoked" | "expired" | "unknown_user" | "disabled";
}>;

/** Sign-up: an open organisation of this kind already has this SIRET (docs/API.md `POST /recruiters`, `/cfas`). */
export type AccountExists = Readonly<{ code: "ACCOUNT_EXISTS"; kind: "company" | "cfa"; siret: string }>;

/** Every organisation of the person was disabled by support: no login, no token. */
export type AccountDisabled = Readonly<{ code: "ACCOUNT_DISABLED" }>;

/** A member of several organisations must name the one it acts for (`X-Organisation-Id`). */
export type OrganisationRequired = Readonly<{ code: "ORGANISATION_REQUIRED"; organisationCount: number }>;

/** The person does not belong to the organisation named (or to any active one). */
export type NotAMember = Readonly<{ code: "NOT_A_MEMBER"; organisationId: string | null }>;

/** Support routes are for the administrators listed in ADMIN_EMAILS. */
export type AdminOnly = Readonly<{ code: "ADMIN_ONLY" }>;

export type OrganisationNotFound = Readonly<{ code: "ORGANISATION_NOT_FOUND"; organisationId: string }>;

/** The organisation was disabled by support or closed when its last member left. */
export type OrganisationNotActive = Readonly<{
  code: "ORGANISATION_NOT_ACTIVE";
  organisationId: string;
  status: "disabled" | "closed";
}>;

export type MemberNotFound = Readonly<{ code: "MEMBER_NOT_FOUND"; organisationId: string; userId: string }>;

export type AlreadyMember = Readonly<{ code: "ALREADY_MEMBER"; organisationId: string }>;
