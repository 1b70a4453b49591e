import type { Email } from "../shared/email.ts";
import { err, ok, type Result } from "../shared/result.ts";
import type { AdminOnly, NotAMember, OrganisationRequired } from "./errors.ts";
import type { OrganisationKind } from "./organisation.ts";

export type ActorOrganisation = Readonly<{ id: string; kind: OrganisationKind; displayName: string }>;

/**
 * Who is acting, as `authenticate` resolved it for one request. Use cases receive it explicitly and decide
 * what it may do (docs/ARCHITECTURE.md: authorization rules live in use cases, not in middleware).
 */
export type Actor = Readonly<{
  userId: string;
  sessionId: string;
  email: Email;
  /** Listed in ADMIN_EMAILS: the support team. */
  isAdmin: boolean;
  /** The active organisations the person belongs to; disabled and closed ones are left out. */
  organisations: readonly ActorOrganisation[];
  /** The `X-Organisation-Id` header as sent, null when absent. */
  requestedOrganisationId: string | null;
}>;

/**
 * The organisation an organisation-scoped action is done for (docs/API.md "Conventions"): the one named by
 * `X-Organisation-Id` when the person belongs to it; without the header, the only one it belongs to.
 */
export function actingOrganisation(actor: Actor): Result<ActorOrganisation, OrganisationRequired | NotAMember> {
  if (actor.requestedOrganisationId !== null) return requireMember(actor, actor.requestedOrganisationId);
  const [only, ...others] = actor.organisations;
  if (!only) return err({ code: "NOT_A_MEMBER", organisationId: null });
  if (others.length > 0) return err({ code: "ORGANISATION_REQUIRED", organisationCount: actor.organisations.length });
  return ok(only);
}

/** The action names the organisation (path parameter): the person must be one of its active members. */
export function requireMember(actor: Actor, organisationId: string): Result<ActorOrganisation, NotAMember> {
  const found = actor.organisations.find((organisation) => organisation.id === organisationId);
  return found ? ok(found) : err({ code: "NOT_A_MEMBER", organisationId });
}

export function requireAdmin(actor: Actor): Result<Actor, AdminOnly> {
  return actor.isAdmin ? ok(actor) : err({ code: "ADMIN_ONLY" });
}
