import { displayNameOf } from "../../domain/recruiter/establishment-profile.ts";
import type { EstablishmentProfileRepository } from "./ports.ts";

/** An organisation's establishment as other contexts show it: where it is and its OPCO. */
export type EstablishmentShown = Readonly<{
  siret: string;
  name: string;
  street: string | null;
  postcode: string | null;
  city: string | null;
  insee: string | null;
  opco: Readonly<{ code: string; label: string }> | null;
}>;

/** The establishment an organisation signed up with, or null (an organisation made by support or a test). */
export function establishmentProfileOf(deps: Readonly<{ establishmentProfiles: EstablishmentProfileRepository }>) {
  return async (organisationId: string): Promise<EstablishmentShown | null> => {
    const profile = await deps.establishmentProfiles.findByOrganisation(organisationId);
    if (!profile) return null;
    const opco = profile.opco && { code: profile.opco.code, label: profile.opco.label };
    return { ...profile.address, siret: profile.siret, name: displayNameOf(profile), opco };
  };
}
