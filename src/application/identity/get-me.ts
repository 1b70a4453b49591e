import type { Actor } from "../../domain/identity/actor.ts";
import type { Unauthenticated } from "../../domain/identity/errors.ts";
import type { MemberRole } from "../../domain/identity/membership.ts";
import type { Organisation } from "../../domain/identity/organisation.ts";
import { unauthenticated } from "../../domain/identity/session.ts";
import type { User } from "../../domain/identity/user.ts";
import { err, ok, type Result } from "../../domain/shared/result.ts";
import type { MembershipRepository, UserRepository } from "./ports.ts";

export type Me = Readonly<{
  user: User;
  isAdmin: boolean;
  organisations: readonly Readonly<{ organisation: Organisation; role: MemberRole }>[];
}>;

/**
 * `GET /me`: the person and the organisations they belong to with their role (disabled ones included, with their
 * status; sign-ups still pending are not accounts yet and are left out, docs/adr/0015).
 */
export function getMe(deps: { users: UserRepository; memberships: MembershipRepository }) {
  return async (input: { actor: Actor }): Promise<Result<Me, Unauthenticated>> => {
    const user = await deps.users.findById(input.actor.userId);
    if (!user) return err(unauthenticated("unknown_user"));
    const memberships = await deps.memberships.membershipsOf(user.id);
    const organisations = memberships.filter(({ organisation }) => organisation.status !== "pending");
    return ok({ user, isAdmin: input.actor.isAdmin, organisations });
  };
}
