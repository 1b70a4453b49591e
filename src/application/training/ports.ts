import type { FeedCursor } from "../../domain/partner-access/feed-cursor.ts";
import type { Siret } from "../../domain/shared/siret.ts";
import type { ImportCounts } from "../../domain/training/catalogue-import.ts";
import type { CatalogueTraining, Training } from "../../domain/training/training.ts";
import type { NearbyTrainingProvider, TrainingProvider } from "../../domain/training/training-provider.ts";
import type {
  EstablishmentMatch,
  TrainingFeedEntry,
  TrainingSearchCriteria,
  TrainingSearchResult,
} from "../../domain/training/training-search.ts";

/**
 * The training establishments of the apprenticeship catalogue, derived from the imported trainings (one per
 * formateur SIRET): CFA sign-up and "share with nearby CFAs" read it.
 */
export interface TrainingProviderRegistry {
  /** The establishment giving apprenticeship trainings under this SIRET; null when the catalogue does not list it. */
  findBySiret(siret: Siret): Promise<TrainingProvider | null>;
  /**
   * Qualiopi-certified providers within `radiusKm` of `origin` whose trainings list one of `romeCodes`, nearest
   * first (then SIRET), at most `limit`. `romeCodes` may be a ROME family prefix such as "D11" when `prefix` is set.
   */
  findNear(query: NearbyQuery): Promise<NearbyTrainingProvider[]>;
}

type NearbyQuery = Readonly<{
  romeCodes: readonly string[];
  /** Match codes starting with each entry (the ROME family, e.g. "D11") instead of equal codes. */
  prefix?: boolean;
  origin: Readonly<{ latitude: number; longitude: number }>;
  radiusKm: number;
  limit: number;
}>;

/** One record of a catalogue page: kept (valid) or rejected with a short reason (counted, never fatal). */
export type CatalogueRecord =
  | Readonly<{ kind: "training"; training: CatalogueTraining }>
  | Readonly<{ kind: "rejected"; key: string | null; reason: string }>;

/** One page of the catalogue, and the cursor of the next (null: this was the last page). */
export type CataloguePage = Readonly<{
  records: readonly CatalogueRecord[];
  next: string | null;
  total: number | null;
}>;

/**
 * The national apprenticeship catalogue (Réseau des Carif-Oref), read page by page. `cursor` null is the first
 * page; a cursor returned by a page resumes there (an interrupted import goes on where it stopped).
 * Throws `CatalogueUnavailable` when the source cannot answer (network, 5xx, unreadable page).
 */
export interface TrainingCatalogueSource {
  /** A short name recorded with each import ("carif-oref", "demo-2020"). */
  readonly name: string;
  page(cursor: string | null): Promise<CataloguePage>;
}

/** The catalogue source could not give a page: the import stops, keeping what was staged and the current catalogue. */
export class CatalogueUnavailable extends Error {
  override readonly name = "CatalogueUnavailable";
}

/**
 * The live catalogue: the trainings of the last applied import, plus tombstones of those that left it (kept for
 * the partner feed only). Every read but `changedAfter` and `findEstablishments` returns listed trainings only
 * (Qualiopi, docs/PRODUCT.md §4), never removed ones.
 */
export interface TrainingStore {
  /** Listed trainings of one of `romeCodes`, within the radius of the origin, nearest first, then title, then id. */
  search(criteria: TrainingSearchCriteria): Promise<TrainingSearchResult>;
  /** null when unknown, removed or not listed. */
  findListed(id: string): Promise<Training | null>;
  /** The listed trainings of a formateur SIRET, by title then id (byte order). */
  listedOfFormateur(siret: Siret): Promise<Training[]>;
  /**
   * Formateur establishments (listed or not) whose UAI, or a training's RNCP or CFD, equals `query.code`, or whose
   * legal name or a training's title matches `query.text`: exact codes first, then by how well the text matches
   * (start, word start, inside, then trigram likeness), then name, then SIRET; at most `limit`.
   */
  findEstablishments(query: EstablishmentQuery, limit: number): Promise<EstablishmentMatch[]>;
  /** Every training (removed ones too) changed strictly after `position`, in (updatedAt, id) order. */
  changedAfter(position: FeedCursor | null, limit: number): Promise<TrainingFeedEntry[]>;
  /** No training was ever imported (tombstones count as imported). */
  isEmpty(): Promise<boolean>;
}

/** `text`: normaliseSearchText output; `code`: the query upper-cased without spaces (a UAI, RNCP or CFD). */
export type EstablishmentQuery = Readonly<{ text: string; code: string }>;

/** One import of a catalogue source, resumable until applied or refused. */
export type CatalogueImport = Readonly<{
  id: string;
  source: string;
  status: "running" | "interrupted" | "applied" | "refused_empty";
  /** The page to read next (null: the first). */
  cursor: string | null;
  counts: ImportCounts;
  startedAt: Date;
}>;

/**
 * Imports of the catalogue: their progress, the records they staged, and the swap. Staging never touches the
 * live catalogue; `apply` replaces it in one transaction, so a reader sees the old or the new one, never a mix.
 */
export interface CatalogueImports {
  /** The latest import of `source` still running or interrupted (to resume); null when none. */
  unfinished(source: string): Promise<CatalogueImport | null>;
  start(source: string, now: Date): Promise<CatalogueImport>;
  /**
   * Stages `trainings` (a catalogue key staged twice keeps the later record) and records the counts so far and
   * the next page's cursor, all at once: a crash after it resumes after this page.
   */
  stagePage(
    importId: string,
    page: Readonly<{ trainings: readonly CatalogueTraining[]; counts: ImportCounts; cursor: string | null }>,
  ): Promise<void>;
  /** The source failed: the import waits for its next run, keeping its staging and cursor. */
  interrupt(importId: string, now: Date): Promise<void>;
  /** Nothing usable was read: the import ends without touching the catalogue; its staging is dropped. */
  refuseEmpty(importId: string, now: Date): Promise<void>;
  /**
   * The swap, in one transaction: staged trainings are inserted, or updated when their content changed or they
   * were removed (then `updatedAt` = `now`); live trainings absent from the import are removed (tombstoned,
   * `updatedAt` = `now`); the import is marked applied and its staging dropped. Returns how many were removed.
   */
  apply(importId: string, now: Date): Promise<Readonly<{ removed: number }>>;
}
