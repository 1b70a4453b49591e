import type { EstablishmentDirectory } from "../../application/recruiter/ports.ts";
import { UpstreamUnavailable } from "../../application/shared/ports.ts";
import type { Establishment } from "../../domain/shared/establishment.ts";

export type MemoryEstablishmentDirectory = EstablishmentDirectory & {
  /** Tests: makes every look-up fail as an INSEE outage would. */
  setUnavailable(unavailable: boolean): void;
};

/**
 * The offline INSEE directory: answers from a fixed list (DEMO_ESTABLISHMENTS in development mode, see
 * ./fixtures/establishments.ts). Used whenever INSEE_API_KEY is unset.
 */
export function createMemoryEstablishmentDirectory(
  establishments: readonly Establishment[],
): MemoryEstablishmentDirectory {
  const bySiret = new Map(establishments.map((establishment) => [establishment.siret as string, establishment]));
  let unavailable = false;
  return {
    async findBySiret(siret) {
      if (unavailable) throw new UpstreamUnavailable("INSEE", "offline directory set unavailable");
      return bySiret.get(siret) ?? null;
    },
    setUnavailable(value) {
      unavailable = value;
    },
  };
}
