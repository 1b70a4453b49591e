import type { IdentityLink } from "../../src/domain/identity/identity-link.ts";
import { newOrganisation, type Organisation } from "../../src/domain/identity/organisation.ts";
import type { Session } from "../../src/domain/identity/session.ts";
import { newUser, type User } from "../../src/domain/identity/user.ts";
import type { Email } from "../../src/domain/shared/email.ts";

export const T0 = new Date("2026-11-02T08:00:00Z");
export const at = (ms: number) => new Date(T0.getTime() + ms);

/** A deterministic person; `id` also names the email unless one is given. */
export function aUser(id: string, overrides: Partial<User> = {}): User {
  return {
    ...newUser({
      id,
      email: `${id}@example.fr` as Email,
      firstName: "Zoé",
      lastName: "Martin",
      phone: "0612345678",
      now: T0,
    }),
    ...overrides,
  };
}

export function anOrganisation(
  id: string,
  overrides: Partial<{ kind: "company" | "cfa"; siret: string; displayName: string; now: Date }> = {},
): Organisation {
  return newOrganisation({
    id,
    kind: "company",
    siret: "73282932000074",
    displayName: `Organisation ${id}`,
    now: T0,
    ...overrides,
  });
}

export function aSession(id: string, userId: string, overrides: Partial<Session> = {}): Session {
  return { id, userId, createdAt: T0, expiresAt: at(12 * 3_600_000), revokedAt: null, ...overrides };
}

const common = (id: string) => ({ id, tokenHash: `hash-${id}`, createdAt: T0, expiresAt: at(3_600_000), usedAt: null });

export function aLoginLink(id: string, userId: string): IdentityLink {
  return { ...common(id), purpose: "login", userId };
}

export function anEmailChangeLink(id: string, userId: string, newEmail: string): IdentityLink {
  return { ...common(id), purpose: "email_confirmation", userId, newEmail: newEmail as Email };
}

export function anInvitationLink(id: string, organisationId: string, email: string): IdentityLink {
  return { ...common(id), purpose: "invitation", organisationId, email: email as Email };
}
