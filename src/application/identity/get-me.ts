import type { Actor } from "../../domain/identity/actor.ts";
import type { Unauthenticated } from "../../domain/identity/errors.ts";
import type { Organisation } from "../../domain/identity/organisation.ts";
import { unauthenticated } from "../../domain/identity/session.ts";
import type { User } from "../../domain/identity/user.ts";
import { err, ok, type Result } from "../../domain/shared/result.ts";
import type { MembershipRepository, UserRepository } from "./ports.ts";

export type Me = Readonly<{ user: User; isAdmin: boolean; organisations: readonly Organisation[] }>;

/** `GET /me`: the person and the organisations they belong to (disabled ones included, with their status). */
export function getMe(deps: { users: UserRepository; memberships: MembershipRepository }) {
  return async (input: { actor: Actor }): Promise<Result<Me, Unauthenticated>> => {
    const user = await deps.users.findById(input.actor.userId);
    if (!user) return err(unauthenticated("unknown_user"));
    const organisations = await deps.memberships.organisationsOf(user.id);
    return ok({ user, isAdmin: input.actor.isAdmin, organisations });
  };
}
