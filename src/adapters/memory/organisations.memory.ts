import type { OrganisationRepository } from "../../application/identity/ports.ts";
import type { Organisation } from "../../domain/identity/organisation.ts";
import { compareCodePoints } from "../../domain/shared/search-text.ts";
import type { IdentityTables } from "./identity-tables.memory.ts";

/** Behaves as organisations.postgres.ts: one organisation per (kind, SIRET) that is not closed. */
export function createMemoryOrganisationRepository(tables: IdentityTables): OrganisationRepository {
  return {
    async create(organisation) {
      const taken = [...tables.organisations.values()].some(
        (o) => o.kind === organisation.kind && o.siret === organisation.siret && o.status !== "closed",
      );
      if (taken || tables.organisations.has(organisation.id)) return "conflict";
      tables.organisations.set(organisation.id, organisation);
      return "created";
    },
    findById: async (id) => tables.organisations.get(id) ?? null,
    async updateStatus(organisation) {
      const current = tables.organisations.get(organisation.id);
      if (current) tables.organisations.set(organisation.id, { ...organisation, ...fixed(current) });
    },
    async list({ page, pageSize }) {
      const all = [...tables.organisations.values()].sort(
        (a, b) => b.createdAt.getTime() - a.createdAt.getTime() || compareCodePoints(b.id, a.id),
      );
      const items = all.slice((page - 1) * pageSize, page * pageSize).map((organisation) => ({
        organisation,
        memberCount: tables.memberships.filter((m) => m.organisationId === organisation.id).length,
      }));
      return { items, total: all.length };
    },
  };
}

/** `updateStatus` writes the status only, as the SQL adapter does. */
function fixed(organisation: Organisation) {
  const { id, kind, siret, displayName, createdAt } = organisation;
  return { id, kind, siret, displayName, createdAt };
}
