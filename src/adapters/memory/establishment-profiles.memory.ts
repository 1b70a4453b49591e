import type { EstablishmentProfileRepository } from "../../application/recruiter/ports.ts";
import type { EstablishmentProfile } from "../../domain/recruiter/establishment-profile.ts";

/** The in-memory establishment profiles, for application tests and the contract suite. */
export function createMemoryEstablishmentProfileRepository(
  rows: Map<string, EstablishmentProfile> = new Map(),
): EstablishmentProfileRepository {
  return {
    async save(profile) {
      rows.set(profile.organisationId, profile);
    },
    async findByOrganisation(organisationId) {
      return rows.get(organisationId) ?? null;
    },
  };
}
