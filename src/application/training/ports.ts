import type { Siret } from "../../domain/shared/siret.ts";
import type { CatalogueTraining } from "../../domain/training/training.ts";
import type { NearbyTrainingProvider, TrainingProvider } from "../../domain/training/training-provider.ts";

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
