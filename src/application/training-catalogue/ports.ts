import type { Siret } from "../../domain/shared/siret.ts";
import type { NearbyTrainingProvider, TrainingProvider } from "../../domain/training-catalogue/training-provider.ts";

/**
 * The training establishments of the apprenticeship catalogue: offline demo fixtures today; the catalogue import
 * (Carif-Oref) backs it with real data.
 */
export interface TrainingProviderRegistry {
  /** The establishment giving apprenticeship trainings under this SIRET; null when the catalogue does not list it. */
  findBySiret(siret: Siret): Promise<TrainingProvider | null>;
  /**
   * Qualiopi-certified providers within `radiusKm` of `origin` whose trainings list one of `romeCodes`, nearest
   * first (then SIRET), at most `limit`. `romeCodes` may be a ROME family prefix such as "D11" when `prefix` is set.
   */
  findNear(query: NearbyQuery): Promise<NearbyTrainingProvider[]>;
}

type NearbyQuery = Readonly<{
  romeCodes: readonly string[];
  /** Match codes starting with each entry (the ROME family, e.g. "D11") instead of equal codes. */
  prefix?: boolean;
  origin: Readonly<{ latitude: number; longitude: number }>;
  radiusKm: number;
  limit: number;
}>;
