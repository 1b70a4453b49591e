import type { TrainingProviderRegistry } from "../../application/training/ports.ts";
import type { TrainingProvider } from "../../domain/training/training-provider.ts";

const EARTH_RADIUS_KM = 6371.0087714;

/** The training establishments in memory, for application tests (the running service reads the database). */
export function createMemoryTrainingProviderRegistry(providers: readonly TrainingProvider[]): TrainingProviderRegistry {
  const bySiret = new Map(providers.map((provider) => [provider.siret as string, provider]));
  return {
    findBySiret: async (siret) => bySiret.get(siret) ?? null,
    async findNear({ romeCodes, prefix = false, origin, radiusKm, limit }) {
      const matches = (code: string) =>
        romeCodes.some((wanted) => (prefix ? code.startsWith(wanted) : code === wanted));
      return providers
        .flatMap((provider) => {
          if (!provider.qualiopi || !provider.location || !provider.romeCodes.some(matches)) return [];
          const km = greatCircleKm(origin, provider.location);
          return km <= radiusKm ? [{ provider, distanceKm: Math.round(km * 10) / 10 }] : [];
        })
        .sort((a, b) => a.distanceKm - b.distanceKm || a.provider.siret.localeCompare(b.provider.siret))
        .slice(0, limit);
    },
  };
}

type Point = Readonly<{ latitude: number; longitude: number }>;

function greatCircleKm(a: Point, b: Point): number {
  const rad = Math.PI / 180;
  const dLat = (b.latitude - a.latitude) * rad;
  const dLon = (b.longitude - a.longitude) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.latitude * rad) * Math.cos(b.latitude * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(h));
}
