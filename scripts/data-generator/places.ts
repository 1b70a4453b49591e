import { type Random, type WeightedPicker, weightedPicker } from "./prng.ts";
import type { Commune } from "./referential.ts";

/** A generated location: a real commune, and a point a little around its centroid. */
type Place = Readonly<{ commune: Commune; latitude: number; longitude: number }>;

export type PlacePicker = (random: Random) => Place;

/** Anywhere in France, communes drawn in proportion to their population (INSEE, COG 2026). */
export function nationalPlaces(communes: readonly Commune[]): PlacePicker {
  return jittered(weightedPicker(communes, (c) => c.population));
}

/** Communes whose centroid is within `radiusKm` of a point, drawn by population: the demo's Paris and Lyon areas. */
export function placesAround(
  communes: readonly Commune[],
  centre: Readonly<{ latitude: number; longitude: number }>,
  radiusKm: number,
): PlacePicker {
  const near = communes.filter((c) => distanceKm(centre, c) <= radiusKm);
  if (near.length === 0)
    throw new RangeError(`no commune within ${radiusKm} km of ${centre.latitude},${centre.longitude}`);
  return jittered(weightedPicker(near, (c) => c.population));
}

/**
 * A point around the centroid: a normal spread whose width grows with the commune's size (≈ 0.35 km for a village,
 * ≈ 1.5 km for a Paris arrondissement), rounded to 5 decimals (about a metre).
 */
function jittered(pick: WeightedPicker<Commune>): PlacePicker {
  return (random) => {
    const commune = pick(random);
    const spreadKm = Math.min(2.5, 0.3 + Math.sqrt(commune.population) / 300);
    const latitude = commune.latitude + (random.gaussian() * spreadKm) / 111.2;
    const longitude =
      commune.longitude + (random.gaussian() * spreadKm) / (111.2 * Math.cos((commune.latitude * Math.PI) / 180));
    return { commune, latitude: round5(latitude), longitude: round5(longitude) };
  };
}

const round5 = (n: number) => Math.round(n * 100_000) / 100_000;

/** Great-circle distance (haversine, mean Earth radius 6,371 km). */
export function distanceKm(
  a: Readonly<{ latitude: number; longitude: number }>,
  b: Readonly<{ latitude: number; longitude: number }>,
): number {
  const rad = Math.PI / 180;
  const dLat = (b.latitude - a.latitude) * rad;
  const dLon = (b.longitude - a.longitude) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.latitude * rad) * Math.cos(b.latitude * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}
