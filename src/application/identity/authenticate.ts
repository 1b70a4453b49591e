import { isAdminEmail, mayUseAccount } from "../../domain/identity/access.ts";
import type { Actor } from "../../domain/identity/actor.ts";
import type { Unauthenticated } from "../../domain/identity/errors.ts";
import { isActive } from "../../domain/identity/organisation.ts";
import { checkSession, unauthenticated } from "../../domain/identity/session.ts";
import type { Email } from "../../domain/shared/email.ts";
import { err, ok, type Result } from "../../domain/shared/result.ts";
import type { Clock } from "../shared/ports.ts";
import type { AccessTokens, MembershipRepository, SessionRepository, UserRepository } from "./ports.ts";

type Deps = Readonly<{
  accessTokens: AccessTokens;
  sessions: SessionRepository;
  users: UserRepository;
  memberships: MembershipRepository;
  clock: Clock;
  settings: Readonly<{ adminEmails: readonly Email[] }>;
}>;

export type Credentials = Readonly<{
  /** From `Authorization: Bearer` or the `session` cookie. */
  accessToken: string;
  /** `X-Organisation-Id`, when sent. */
  organisationId?: string | null;
}>;

/**
 * Resolves who acts on every authenticated request: a well-signed, unexpired token whose session is neither
 * revoked nor expired, for a person who still exists and whose organisations are not all disabled. Reads only;
 * what the actor may do is for each use case to decide.
 */
export function authenticate(deps: Deps) {
  return async (credentials: Credentials): Promise<Result<Actor, Unauthenticated>> => {
    const now = deps.clock.now();
    const claims = await deps.accessTokens.verify(credentials.accessToken, now);
    if (!claims) return err(unauthenticated("invalid_token"));
    const session = checkSession(await deps.sessions.findById(claims.sessionId), { userId: claims.userId, now });
    if (!session.ok) return session;
    const user = await deps.users.findById(claims.userId);
    if (!user) return err(unauthenticated("unknown_user"));
    const organisations = await deps.memberships.organisationsOf(user.id);
    const isAdmin = isAdminEmail(user.email, deps.settings.adminEmails);
    if (!mayUseAccount({ organisations, isAdmin })) return err(unauthenticated("disabled"));
    return ok({
      userId: user.id,
      sessionId: claims.sessionId,
      email: user.email,
      isAdmin,
      organisations: organisations.filter(isActive).map(({ id, kind, displayName }) => ({ id, kind, displayName })),
      requestedOrganisationId: credentials.organisationId ?? null,
    });
  };
}
