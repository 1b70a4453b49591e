/** The identity context's public face: other contexts (sign-up, offers) and the HTTP layer import only this file. */
export { mayUseAccount } from "../../domain/identity/access.ts";
export {
  type Actor,
  type ActorOrganisation,
  actingOrganisation,
  requireAdmin,
  requireMember,
} from "../../domain/identity/actor.ts";
export type {
  AccountDisabled,
  AccountExists,
  AdminOnly,
  AlreadyMember,
  MemberNotFound,
  NotAMember,
  OrganisationNotActive,
  OrganisationNotFound,
  OrganisationRequired,
  Unauthenticated,
} from "../../domain/identity/errors.ts";
export type { IdentityLink, IdentityLinkPurpose } from "../../domain/identity/identity-link.ts";
export type { Membership } from "../../domain/identity/membership.ts";
export {
  ORGANISATION_KINDS,
  type Organisation,
  type OrganisationKind,
  type OrganisationStatus,
} from "../../domain/identity/organisation.ts";
export type { Session } from "../../domain/identity/session.ts";
export type { User } from "../../domain/identity/user.ts";
export { acceptInvitation, type InvitationAccepted } from "./accept-invitation.ts";
export { authenticate, type Credentials } from "./authenticate.ts";
export { closeSession } from "./close-session.ts";
export { confirmEmailChange, type EmailTaken } from "./confirm-email-change.ts";
export { deleteMe, type MeDeleted } from "./delete-me.ts";
export { disableOrganisation } from "./disable-organisation.ts";
export { ensureAdminUsers } from "./ensure-admin-users.ts";
export { getMe, type Me } from "./get-me.ts";
export { identityFixtures } from "./identity-fixtures.ts";
export { type InvitationSent, inviteMember } from "./invite-member.ts";
export { IDENTITY_PAGE_PATHS, identityLinkUrl } from "./links.ts";
export { listMembers } from "./list-members.ts";
export { listOrganisations, type OrganisationList } from "./list-organisations.ts";
export { type OpenedSession, openSession } from "./open-session.ts";
export type {
  AccessTokenClaims,
  AccessTokens,
  IdentityLinkRepository,
  IdentityRepos,
  MembershipRepository,
  OrganisationClosed,
  OrganisationLifecycle,
  OrganisationPage,
  OrganisationRepository,
  OrganisationSummary,
  SessionRepository,
  UserRepository,
} from "./ports.ts";
export { type LinkPreview, previewIdentityLink } from "./preview-identity-link.ts";
export type { IdentityRefusal } from "./refusals.ts";
export {
  type Registration,
  type RegistrationInput,
  registerInTransaction,
  registerOrganisationWithFirstMember,
} from "./register-organisation-with-first-member.ts";
export { type MemberRemoved, removeMember } from "./remove-member.ts";
export { type LoginLinkRequested, requestLoginLink } from "./request-login-link.ts";
export type { IdentitySettings, LinkDeps, WriteDeps } from "./settings.ts";
export { type MeUpdate, type MeUpdated, updateMe } from "./update-me.ts";
export {
  type IdentityDeps,
  type IdentityPublishedApi,
  type IdentityUseCases,
  identityPublishedApi,
  identityUseCases,
} from "./use-cases.ts";
