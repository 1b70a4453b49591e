import type { EstablishmentProfile } from "../../domain/recruiter/establishment-profile.ts";
import type { Establishment } from "../../domain/shared/establishment.ts";
import type { Siret } from "../../domain/shared/siret.ts";
import type { Opco } from "../referential/index.ts";

/** The Sirene register of establishments (INSEE): INSEE's API, or the offline demo directory. */
export interface EstablishmentDirectory {
  /**
   * The establishment with this SIRET, open or closed. One INSEE does not publish comes as
   * `{ siret, diffusible: false }` (docs/adr/0008). Null when Sirene does not know the SIRET.
   * Throws UpstreamUnavailable when INSEE cannot answer (down, rate-limited after retries, too slow).
   */
  findBySiret(siret: Siret): Promise<Establishment | null>;
}

/** The OPCO (opérateur de compétences) an establishment is attached to. */
export interface OpcoResolver {
  /**
   * The establishment's OPCO, from its SIRET or else its collective agreements (`idccs`, the first one the
   * IDCC → OPCO table knows wins). Null when unknown: the recruiter then chooses it. Never throws for an outage:
   * an adapter whose upstream fails falls back to the IDCC table.
   */
  resolve(siret: Siret, idccs: readonly number[]): Promise<Opco | null>;
}

/** The establishment data saved at sign-up, one per organisation (written in the sign-up's transaction). */
export interface EstablishmentProfileRepository {
  save(profile: EstablishmentProfile): Promise<void>;
  findByOrganisation(organisationId: string): Promise<EstablishmentProfile | null>;
}
