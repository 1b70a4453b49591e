import { err, ok, type Result } from "../shared/result.ts";
import type { Unauthenticated } from "./errors.ts";

/**
 * What an access token points to: the token is signed, but it dies with its session (logout, expiry), so a
 * token never outlives a logout (docs/API.md "Conventions": access tokens live 12 hours and die at logout).
 */
export type Session = Readonly<{
  id: string;
  userId: string;
  createdAt: Date;
  expiresAt: Date;
  revokedAt: Date | null;
}>;

export function newSession(input: { id: string; userId: string; now: Date; ttlMinutes: number }): Session {
  const expiresAt = new Date(input.now.getTime() + input.ttlMinutes * 60_000);
  return { id: input.id, userId: input.userId, createdAt: input.now, expiresAt, revokedAt: null };
}

export const unauthenticated = (reason: Unauthenticated["reason"]): Unauthenticated => ({
  code: "UNAUTHENTICATED",
  reason,
});

/** Usable strictly before `expiresAt`, when not revoked and owned by the token's user. */
export function checkSession(
  session: Session | null,
  expected: Readonly<{ userId: string; now: Date }>,
): Result<Session, Unauthenticated> {
  if (session === null || session.userId !== expected.userId) return err(unauthenticated("unknown_session"));
  if (session.revokedAt !== null) return err(unauthenticated("revoked"));
  if (expected.now.getTime() >= session.expiresAt.getTime()) return err(unauthenticated("expired"));
  return ok(session);
}

export function revokeSession(session: Session, now: Date): Session {
  return session.revokedAt ? session : { ...session, revokedAt: now };
}
