import type { TrainingProviderRegistry } from "../../application/training/ports.ts";
import { compareCodePoints } from "../../domain/shared/search-text.ts";
import { isListed } from "../../domain/training/listing.ts";
import type { Training } from "../../domain/training/training.ts";
import { trainingProviderOf } from "../../domain/training/training-provider-of.ts";
import { roundedKm } from "../../domain/training/training-search.ts";
import { liveTrainings, type MemoryTrainingRows, metersBetween } from "./training-rows.memory.ts";

/** The training establishments derived from the in-memory catalogue (one per formateur SIRET). */
export function createMemoryTrainingProviderRegistry(rows: MemoryTrainingRows): TrainingProviderRegistry {
  const ofSiret = (trainings: readonly Training[], siret: string) =>
    trainings.filter((training) => training.formateur.siret === siret) as Training[];
  return {
    async findBySiret(siret) {
      const trainings = ofSiret(liveTrainings(rows), siret);
      return trainings.length > 0 ? trainingProviderOf(trainings as [Training, ...Training[]]) : null;
    },
    async findNear({ romeCodes, prefix = false, origin, radiusKm, limit }) {
      const listed = liveTrainings(rows).filter(isListed);
      const wanted = (code: string) => romeCodes.some((rome) => (prefix ? code.startsWith(rome) : code === rome));
      const nearest = new Map<string, number>();
      for (const training of listed) {
        if (!training.place || !training.romeCodes.some(wanted)) continue;
        const meters = metersBetween(origin, training.place);
        const siret = training.formateur.siret;
        if (meters <= radiusKm * 1000) nearest.set(siret, Math.min(meters, nearest.get(siret) ?? meters));
      }
      return [...nearest]
        .sort(([a, x], [b, y]) => x - y || compareCodePoints(a, b))
        .slice(0, limit)
        .map(([siret, meters]) => ({
          provider: trainingProviderOf(ofSiret(listed, siret) as [Training, ...Training[]]),
          distanceKm: roundedKm(meters),
        }));
    },
  };
}
