import type { EstablishmentProfile } from "../../domain/recruiter/establishment-profile.ts";
import type { Result } from "../../domain/shared/result.ts";
import { err, ok } from "../../domain/shared/result.ts";
import {
  type Actor,
  type ActorOrganisation,
  actingOrganisation,
  type NotAMember,
  type OrganisationMember,
  type OrganisationRequired,
} from "../identity/index.ts";
import type { EstablishmentProfileRepository } from "./ports.ts";

export type OrganisationDescription = Readonly<{
  organisation: ActorOrganisation;
  /** Null only for an organisation made before establishment profiles existed. */
  establishment: EstablishmentProfile | null;
  members: readonly OrganisationMember[];
}>;

/**
 * `GET /api/v1/organisation` [beyond the public service]: what every member sees of the organisation it acts
 * for (`X-Organisation-Id` when it has several): the establishment's legal data and OPCO, and its members with their
 * role (docs/adr/0015).
 */
export function describeOrganisation(deps: {
  establishmentProfiles: EstablishmentProfileRepository;
  listMembers: (organisationId: string) => Promise<readonly OrganisationMember[]>;
}) {
  return async (input: {
    actor: Actor;
  }): Promise<Result<OrganisationDescription, OrganisationRequired | NotAMember>> => {
    const acting = actingOrganisation(input.actor);
    if (!acting.ok) return err(acting.error);
    const organisation = acting.value;
    const [establishment, members] = await Promise.all([
      deps.establishmentProfiles.findByOrganisation(organisation.id),
      deps.listMembers(organisation.id),
    ]);
    return ok({ organisation, establishment, members });
  };
}
