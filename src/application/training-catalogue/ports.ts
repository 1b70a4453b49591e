import type { Siret } from "../../domain/shared/siret.ts";
import type { TrainingProvider } from "../../domain/training-catalogue/training-provider.ts";

/**
 * The training establishments of the apprenticeship catalogue: offline demo fixtures today; the catalogue import
 * (Carif-Oref) backs it with real data.
 */
export interface TrainingProviderRegistry {
  /** The establishment giving apprenticeship trainings under this SIRET; null when the catalogue does not list it. */
  findBySiret(siret: Siret): Promise<TrainingProvider | null>;
}
