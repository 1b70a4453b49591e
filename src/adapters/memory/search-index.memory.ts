import type { JobSearchHit, JobSearchQuery, SearchIndex, SearchReader } from "../../application/search/ports.ts";
import { type BoundingBox, boundingBox, inBoundingBox } from "../../domain/search/bounding-box.ts";
import {
  chordSquared,
  chordSquaredOfKm,
  kmOfChordSquared,
  roundedToTenthKm,
  unitVectorOf,
} from "../../domain/search/great-circle.ts";
import type { SearchEntry, SearchKind } from "../../domain/search/search-entry.ts";
import { filterKeysOf, passesFilters } from "../../domain/search/search-filters.ts";
import { compareOrderKeys, orderKeysOf } from "../../domain/search/search-order.ts";

type StoredEntry = Readonly<{ entry: SearchEntry; generation: number }>;

/** The read model in memory: entries by kind, id and generation, and the live company generation. */
type MemorySearchStore = { rows: Map<string, StoredEntry>; liveCompanyGeneration: number | null };

const keyOf = (kind: SearchKind, id: string, generation: number) => `${kind}\u0000${id}\u0000${generation}`;

/** The SearchIndex and the SearchReader over one store, as the PostgreSQL adapters share their tables. */
export function createMemorySearch(): { index: SearchIndex; reader: SearchReader } {
  const store: MemorySearchStore = { rows: new Map(), liveCompanyGeneration: null };
  return { index: memoryIndex(store), reader: memoryReader(store) };
}

function memoryIndex(store: MemorySearchStore): SearchIndex {
  const companyGenerations = () =>
    [...store.rows.values()].filter((row) => row.entry.kind === "company").map((row) => row.generation);
  return {
    async put(entries) {
      for (const entry of entries) {
        // A company goes to the live list; the first one put before any import makes generation 0 live.
        if (entry.kind === "company") store.liveCompanyGeneration ??= 0;
        const generation = entry.kind === "company" ? (store.liveCompanyGeneration ?? 0) : 0;
        store.rows.set(keyOf(entry.kind, entry.id, generation), { entry, generation });
      }
    },
    async remove(kind, ids) {
      const gone = new Set(ids);
      for (const [key, row] of store.rows)
        if (row.entry.kind === kind && gone.has(row.entry.id)) store.rows.delete(key);
    },
    async beginCompanyGeneration() {
      return Math.max(0, store.liveCompanyGeneration ?? 0, ...companyGenerations()) + 1;
    },
    async appendToCompanyGeneration(generation, entries) {
      for (const entry of entries) store.rows.set(keyOf("company", entry.id, generation), { entry, generation });
    },
    async sealCompanyGeneration() {},
    async publishCompanyGeneration(generation) {
      store.liveCompanyGeneration = generation;
    },
    async dropStaleCompanyGenerations() {
      for (const [key, row] of store.rows) {
        if (row.entry.kind === "company" && row.generation !== store.liveCompanyGeneration) store.rows.delete(key);
      }
    },
  };
}

function memoryReader(store: MemorySearchStore): SearchReader {
  return {
    async search(query) {
      const box = boundingBox(query.origin, query.radiusKm);
      const hits = [...store.rows.values()].flatMap((row) => hitOf(store, row, query, box));
      const ordered = hits
        .map((hit) => ({ hit, keys: orderKeysOf(hit.entry, hit.distanceKm) }))
        .sort((a, b) => compareOrderKeys(a.keys, b.keys));
      const count = (kind: SearchKind) => hits.filter((hit) => hit.entry.kind === kind).length;
      return {
        hits: ordered
          .slice(query.offset, query.offset + query.limit)
          .map(({ hit }) => ({ entry: hit.entry, distanceKm: roundedToTenthKm(hit.distanceKm) })),
        totals: { offers: count("offer"), partnerOffers: count("partner_offer"), companies: count("company") },
      };
    },
  };
}

/** The entry as an exact-distance hit when the query finds it, else nothing. */
function hitOf(store: MemorySearchStore, row: StoredEntry, query: JobSearchQuery, box: BoundingBox): JobSearchHit[] {
  const { entry, generation } = row;
  const visible = entry.kind === "company" ? generation === store.liveCompanyGeneration : generation === 0;
  if (!visible || !entry.romeCodes.some((code) => query.romeCodes.includes(code))) return [];
  if (!passesFilters(filterKeysOf(entry), query)) return [];
  if (!inBoundingBox(box, entry.place)) return [];
  // The same arithmetic as the database's: the squared chord against the radius's, then its km.
  const chord2 = chordSquared(unitVectorOf(query.origin), unitVectorOf(entry.place));
  return chord2 <= chordSquaredOfKm(query.radiusKm) ? [{ entry, distanceKm: kmOfChordSquared(chord2) }] : [];
}
