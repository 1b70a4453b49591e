import type { TrainingProviderRegistry } from "../../application/training-catalogue/index.ts";
import type { TrainingProvider } from "../../domain/training-catalogue/training-provider.ts";

/** The offline catalogue of training establishments: a fixed list (DEMO_TRAINING_PROVIDERS by default). */
export function createMemoryTrainingProviderRegistry(providers: readonly TrainingProvider[]): TrainingProviderRegistry {
  const bySiret = new Map(providers.map((provider) => [provider.siret as string, provider]));
  return { findBySiret: async (siret) => bySiret.get(siret) ?? null };
}
