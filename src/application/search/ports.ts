import type { DiplomaLevel } from "../../domain/referential/nomenclatures.ts";
import type { SearchEntry, SearchKind } from "../../domain/search/search-entry.ts";
import type { ContractType } from "../../domain/shared/contract-type.ts";
import type { GeoPoint } from "../../domain/shared/geo-point.ts";
import type { RomeCode } from "../../domain/shared/rome-code.ts";

/**
 * The search read model as the owning contexts write it: bound to their transaction (`kit.within.search`), so an
 * offer closed in a transaction is gone from search when that transaction commits, not later.
 *
 * Offers and partner offers are written item by item (`put`, `remove`). Algorithm companies are replaced as a
 * whole list, monthly: a new *generation* is filled while searches still read the live one, then published in
 * one statement, so a search sees the old list or the new one, never a mix.
 */
export interface SearchIndex {
  /** Adds these entries or replaces those of the same kind and id (companies: in the live generation). */
  put(entries: readonly SearchEntry[]): Promise<void>;
  /** Takes these items out of search, in every generation; unknown ids are ignored. */
  remove(kind: SearchKind, ids: readonly string[]): Promise<void>;
  /** Opens a new, invisible generation of companies and returns its number. */
  beginCompanyGeneration(): Promise<number>;
  /** Adds company entries to an unpublished generation (the caller batches: at most 5,000 a call). */
  appendToCompanyGeneration(generation: number, entries: readonly SearchEntry[]): Promise<void>;
  /**
   * Readies a filled generation for publication (its indexes and statistics), outside any transaction, so that
   * publishing it is short; publishing an unsealed generation seals it first, in the transaction.
   */
  sealCompanyGeneration(generation: number): Promise<void>;
  /** Makes this generation the one searches read (in the caller's transaction). */
  publishCompanyGeneration(generation: number): Promise<void>;
  /**
   * Deletes every company generation but the live one: the previous list after a publication, or an import that
   * died half-way. Only the import calls it, under its job lease (no other generation is being filled).
   */
  dropStaleCompanyGenerations(): Promise<void>;
}

/** A jobs search as the read model runs it: codes already widened to their sub-fiches, the place resolved. */
export type JobSearchQuery = Readonly<{
  romeCodes: readonly RomeCode[];
  origin: GeoPoint;
  radiusKm: number;
  /** Matches entries of that level and entries of any level (null); companies are never filtered by it. */
  diplomaLevel: DiplomaLevel["level"] | null;
  /** Matches entries proposing it; companies (null) are never filtered by it. */
  contractType: ContractType | null;
  /** Entries expired at this instant are not found. */
  now: Date;
  offset: number;
  limit: number;
}>;

export type JobSearchHit = Readonly<{ entry: SearchEntry; distanceKm: number }>;

export type JobSearchTotals = Readonly<{ offers: number; partnerOffers: number; companies: number }>;

type JobSearchResult = Readonly<{ hits: readonly JobSearchHit[]; totals: JobSearchTotals }>;

/** Runs a jobs search in the FAQ's single order (docs/API.md "Search"), one page of it and the per-kind totals. */
export interface SearchReader {
  search(query: JobSearchQuery): Promise<JobSearchResult>;
}
