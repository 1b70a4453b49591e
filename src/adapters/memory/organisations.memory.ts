import type { OrganisationRepository } from "../../application/identity/ports.ts";
import type { Organisation } from "../../domain/identity/organisation.ts";
import { compareCodePoints } from "../../domain/shared/search-text.ts";
import type { IdentityTables } from "./identity-tables.memory.ts";

/** Holds its SIRET: confirmed and not closed (the partial unique index of organisations.postgres.ts). */
const holds = (organisation: Organisation) => organisation.status === "active" || organisation.status === "disabled";

/** Behaves as organisations.postgres.ts: one confirmed organisation per (kind, SIRET) that is not closed. */
export function createMemoryOrganisationRepository(tables: IdentityTables): OrganisationRepository {
  const holderOf = (kind: string, siret: string) =>
    [...tables.organisations.values()].find((o) => o.kind === kind && o.siret === siret && holds(o)) ?? null;
  return {
    async create(organisation) {
      const taken = holds(organisation) && holderOf(organisation.kind, organisation.siret) !== null;
      if (taken || tables.organisations.has(organisation.id)) return "conflict";
      tables.organisations.set(organisation.id, organisation);
      return "created";
    },
    findById: async (id) => tables.organisations.get(id) ?? null,
    findForUpdate: async (id) => tables.organisations.get(id) ?? null,
    findHolder: async (kind, siret) => holderOf(kind, siret),
    async updateStatus(organisation) {
      const current = tables.organisations.get(organisation.id);
      if (current) tables.organisations.set(organisation.id, { ...organisation, ...fixed(current) });
    },
    async confirm(organisation, _now) {
      const current = tables.organisations.get(organisation.id);
      if (current?.status !== "pending") return "not_pending";
      if (holderOf(current.kind, current.siret)) return "conflict";
      tables.organisations.set(organisation.id, { ...fixed(current), status: "active" });
      return "confirmed";
    },
    async findExpiredSignUps(now, limit) {
      return [...tables.organisations.values()]
        .filter((o) => o.status === "pending" && o.signUpExpiresAt.getTime() <= now.getTime())
        .sort((a, b) => expiry(a) - expiry(b) || compareCodePoints(a.id, b.id))
        .slice(0, limit);
    },
    async deleteSignUp(id) {
      if (tables.organisations.get(id)?.status !== "pending") return;
      tables.organisations.delete(id);
      tables.memberships = tables.memberships.filter((m) => m.organisationId !== id);
      for (const [key, link] of tables.links) {
        if ((link.purpose === "invitation" || link.purpose === "join_request") && link.organisationId === id) {
          tables.links.delete(key);
        }
      }
      for (const [key, request] of tables.joinRequests)
        if (request.organisationId === id) tables.joinRequests.delete(key);
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

const expiry = (organisation: Organisation) =>
  organisation.status === "pending" ? organisation.signUpExpiresAt.getTime() : Number.POSITIVE_INFINITY;

/** `updateStatus` writes the status only, as the SQL adapter does. */
function fixed(organisation: Organisation) {
  const { id, kind, siret, displayName, createdAt } = organisation;
  return { id, kind, siret, displayName, createdAt };
}
