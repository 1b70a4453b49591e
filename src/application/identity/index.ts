/** The identity context's public face: other contexts (sign-up, offers) and the HTTP layer import only this file. */

export {
  type Actor,
  type ActorOrganisation,
  actingOrganisation,
} from "../../domain/identity/actor.ts";
export type {
  AccountExists,
  NoAccountToJoin,
  NotAMember,
  OrganisationRequired,
} from "../../domain/identity/errors.ts";
export type { Organisation } from "../../domain/identity/organisation.ts";
export type { User } from "../../domain/identity/user.ts";
export type { InvitationAccepted } from "./accept-invitation.ts";
export type { JoinRequestAccepted } from "./accept-join-request.ts";

export type { EmailTaken } from "./confirm-email-change.ts";

export type { Me } from "./get-me.ts";
export { identityFixtures } from "./identity-fixtures.ts";
export type { OpenJoinRequest } from "./list-join-requests.ts";
export type { OrganisationMember } from "./list-members.ts";
export type { LostSignUp } from "./open-session.ts";

export type {
  IdentityRepos,
  OrganisationClosed,
  OrganisationLifecycle,
} from "./ports.ts";

export type { IdentityRefusal } from "./refusals.ts";
export { registerDemoInTransaction } from "./register-demo-organisation.ts";
export {
  type Registration,
  type RegistrationInput,
  registerInTransaction,
} from "./register-organisation-with-first-member.ts";
export type { JoinRequested, JoinRequestInput } from "./request-to-join.ts";

export type { IdentitySettings, LinkDeps } from "./settings.ts";

export {
  type IdentityDeps,
  type IdentityPublishedApi,
  type IdentityUseCases,
  identityJobs,
  identityPublishedApi,
  identityUseCases,
} from "./use-cases.ts";
