import type { MembershipRepository } from "../../application/identity/ports.ts";
import type { Membership } from "../../domain/identity/membership.ts";
import type { Organisation } from "../../domain/identity/organisation.ts";
import { compareCodePoints } from "../../domain/shared/search-text.ts";
import type { IdentityTables } from "./identity-tables.memory.ts";

/** Oldest first; ties by the other side's id, in byte order as SQL's `COLLATE "C"`-like text ids sort. */
const byAge = (other: (m: Membership) => string) => (a: Membership, b: Membership) =>
  a.createdAt.getTime() - b.createdAt.getTime() || compareCodePoints(other(a), other(b));

/** Behaves as memberships.postgres.ts: oldest membership first. */
export function createMemoryMembershipRepository(tables: IdentityTables): MembershipRepository {
  const of = (userId: string) =>
    tables.memberships
      .filter((m) => m.userId === userId)
      .sort(byAge((m) => m.organisationId))
      .flatMap((m) => {
        const organisation = tables.organisations.get(m.organisationId);
        return organisation ? [{ organisation, role: m.role }] : [];
      });
  return {
    async add(membership) {
      const { userId, organisationId } = membership;
      if (tables.memberships.some((m) => m.userId === userId && m.organisationId === organisationId)) return "exists";
      tables.memberships = [...tables.memberships, membership];
      return "added";
    },
    async remove(userId, organisationId) {
      const before = tables.memberships.length;
      tables.memberships = tables.memberships.filter(
        (m) => !(m.userId === userId && m.organisationId === organisationId),
      );
      return tables.memberships.length < before;
    },
    async setRole(userId, organisationId, role) {
      const found = tables.memberships.some((m) => m.userId === userId && m.organisationId === organisationId);
      tables.memberships = tables.memberships.map((m) =>
        m.userId === userId && m.organisationId === organisationId ? { ...m, role } : m,
      );
      return found;
    },
    organisationsOf: async (userId): Promise<Organisation[]> => of(userId).map(({ organisation }) => organisation),
    membershipsOf: async (userId) => of(userId),
    membersOf: async (organisationId) =>
      tables.memberships
        .filter((m) => m.organisationId === organisationId)
        .sort(byAge((m) => m.userId))
        .map(({ userId, role, createdAt }) => ({ userId, role, createdAt })),
  };
}
