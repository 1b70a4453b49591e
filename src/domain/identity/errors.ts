/** Refusals of the identity context; src/http/identity-errors.ts gives each its status and French detail. */

/** No usable credentials: missing, badly signed or expired token, revoked session, deleted or disabled account. */
export type Unauthenticated = Readonly<{
  code: "UNAUTHENTICATED";
  reason: "missing" | "invalid_token" | "unknown_session" | "revoked" | "expired" | "unknown_user" | "disabled";
}>;

/**
 * Sign-up: a confirmed open organisation of this kind holds this SIRET (docs/API.md `POST /recruiters`, `/cfas`).
 * `joinable` when it is active: the person may ask its admins to let them in (`POST /join-requests`).
 */
export type AccountExists = Readonly<{
  code: "ACCOUNT_EXISTS";
  kind: "company" | "cfa";
  siret: string;
  joinable: boolean;
}>;

/** Every organisation of the person was disabled by support: no login, no token. */
export type AccountDisabled = Readonly<{ code: "ACCOUNT_DISABLED" }>;

/** A member of several organisations must name the one it acts for (`X-Organisation-Id`). */
export type OrganisationRequired = Readonly<{ code: "ORGANISATION_REQUIRED"; organisationCount: number }>;

/** The person does not belong to the organisation named (or to any active one). */
export type NotAMember = Readonly<{ code: "NOT_A_MEMBER"; organisationId: string | null }>;

/** Support routes are for the administrators listed in ADMIN_EMAILS. */
export type AdminOnly = Readonly<{ code: "ADMIN_ONLY" }>;

export type OrganisationNotFound = Readonly<{ code: "ORGANISATION_NOT_FOUND"; organisationId: string }>;

/** The organisation was disabled by support, closed when its last member left, or is a sign-up not confirmed yet. */
export type OrganisationNotActive = Readonly<{
  code: "ORGANISATION_NOT_ACTIVE";
  organisationId: string;
  status: "pending" | "disabled" | "closed";
}>;

/** docs/adr/0015: inviting, removing someone else and changing roles are for the organisation's admins. */
export type OrganisationAdminOnly = Readonly<{ code: "ORGANISATION_ADMIN_ONLY"; organisationId: string }>;

/** docs/adr/0015: the last admin of an organisation with other members names another before leaving. */
export type LastAdmin = Readonly<{ code: "LAST_ADMIN"; organisationNames: readonly string[] }>;

/** A join request names a SIRET without an open, active account of that kind. */
export type NoAccountToJoin = Readonly<{ code: "NO_ACCOUNT_TO_JOIN"; kind: "company" | "cfa"; siret: string }>;

export type MemberNotFound = Readonly<{ code: "MEMBER_NOT_FOUND"; organisationId: string; userId: string }>;

export type AlreadyMember = Readonly<{ code: "ALREADY_MEMBER"; organisationId: string }>;
