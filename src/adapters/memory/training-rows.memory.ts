import type { Training } from "../../domain/training/training.ts";

/** The in-memory catalogue's trainings by id, tombstones included (shared by its store, registry and imports). */
export type MemoryTrainingRows = Map<string, { training: Training; removedAt: Date | null }>;

/** earthdistance's `earth()`: the sphere PostgreSQL measures on, so the fake's distances match the database's. */
const EARTH_RADIUS_METERS = 6_378_168;

type Point = Readonly<{ latitude: number; longitude: number }>;

/** Great-circle metres, as `earth_distance(ll_to_earth(a), ll_to_earth(b))` computes them. */
export function metersBetween(a: Point, b: Point): number {
  const rad = Math.PI / 180;
  const dLat = (b.latitude - a.latitude) * rad;
  const dLon = (b.longitude - a.longitude) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.latitude * rad) * Math.cos(b.latitude * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_METERS * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** The live trainings (not removed), by id. */
export function liveTrainings(rows: MemoryTrainingRows): Training[] {
  return [...rows.values()]
    .filter((row) => row.removedAt === null)
    .map((row) => row.training)
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
