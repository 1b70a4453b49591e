import type {
  AccountDisabled,
  AccountExists,
  AdminOnly,
  AlreadyMember,
  LastAdmin,
  MemberNotFound,
  NoAccountToJoin,
  NotAMember,
  OrganisationAdminOnly,
  OrganisationNotActive,
  OrganisationNotFound,
  OrganisationRequired,
  Unauthenticated,
} from "../../domain/identity/errors.ts";

/** Every refusal of the identity context that reaches the JSON API (besides LINK_INVALID and RATE_LIMITED). */
export type IdentityRefusal =
  | Unauthenticated
  | AccountExists
  | AccountDisabled
  | OrganisationRequired
  | NotAMember
  | AdminOnly
  | OrganisationNotFound
  | OrganisationNotActive
  | MemberNotFound
  | AlreadyMember
  | OrganisationAdminOnly
  | LastAdmin
  | NoAccountToJoin;
