import { findTrainingEstablishments } from "./find-training-establishments.ts";
import type { TrainingProviderRegistry, TrainingStore } from "./ports.ts";
import type { TrainingPublishedApi } from "./published.ts";

/** What the training module publishes (src/application/training/published.ts), over its store and registry. */
export function trainingPublishedApi(
  deps: Readonly<{ trainings: TrainingStore; providers: TrainingProviderRegistry }>,
): TrainingPublishedApi {
  const { trainings, providers } = deps;
  return {
    providers,
    trainingOf: (id) => trainings.findListed(id),
    trainingsOfFormateur: (siret) => trainings.listedOfFormateur(siret),
    async formateurOf(siret) {
      const [first] = await trainings.listedOfFormateur(siret);
      return first?.formateur ?? null;
    },
    findEstablishments: findTrainingEstablishments({ trainings }),
  };
}
