import { kindRank, type SearchEntry } from "./search-entry.ts";

/** Where an item sits in a search's single order, after its distance: what the read model stores and sorts by. */
export type OrderKeys = Readonly<{ kindRank: number; distanceKm: number; sortKey: number; id: string }>;

/** A company without an import rank comes after the ranked ones at equal distance. */
const UNRANKED = Number.MAX_SAFE_INTEGER;

/**
 * Orders items of one kind at equal distance (docs/API.md "Search"): offers and partner offers newest first
 * (minus the creation instant in ms; none counts as the oldest), companies by their row in the imported file.
 */
export function sortKeyOf(entry: SearchEntry): number {
  if (entry.kind === "company") return entry.importRank ?? UNRANKED;
  return entry.createdAt ? -entry.createdAt.getTime() : 0;
}

export function orderKeysOf(entry: SearchEntry, distanceKm: number): OrderKeys {
  return { kindRank: kindRank(entry.kind), distanceKm, sortKey: sortKeyOf(entry), id: entry.id };
}

/**
 * The FAQ's single order ("Comment sont classées les offres") with the contract's ties: kind (offers, partner
 * offers, companies), exact distance, then the kind's sort key, then id by code point.
 */
export function compareOrderKeys(a: OrderKeys, b: OrderKeys): number {
  return (
    a.kindRank - b.kindRank ||
    a.distanceKm - b.distanceKm ||
    a.sortKey - b.sortKey ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}
