import type { DiplomaLevel } from "../referential/nomenclatures.ts";
import type { ContractType } from "../shared/contract-type.ts";
import type { RomeCode } from "../shared/rome-code.ts";

/**
 * The three kinds of jobs search results, in the order the FAQ lists them ("Comment sont classées les offres"):
 * offers posted here, France Travail offers, companies from the hiring-prediction algorithm.
 */
export const SEARCH_KINDS = ["offer", "partner_offer", "company"] as const;

export type SearchKind = (typeof SEARCH_KINDS)[number];

/** Where an entry sits in the single order of a search: every offer, then every partner offer, then companies. */
export function kindRank(kind: SearchKind): number {
  return SEARCH_KINDS.indexOf(kind);
}

/** Where a searchable item is: always geolocated (an item without coordinates cannot be found by place). */
type SearchPlace = Readonly<{
  city: string | null;
  postcode: string | null;
  latitude: number;
  longitude: number;
}>;

/**
 * One searchable item of the read model, as its owning context writes it (docs/ARCHITECTURE.md "Search read
 * model"). Only what a result shows and what the search filters and orders by: the contact email itself never
 * leaves its context, `canApply` says whether one is known.
 */
export type SearchEntry = Readonly<{
  kind: SearchKind;
  /** Unique within its kind: an offer's id, a France Travail offer's id, a company's SIRET. */
  id: string;
  title: string;
  /** At least one; a search for a ROME code also finds the entries of its sub-fiches. */
  romeCodes: readonly RomeCode[];
  companyName: string;
  place: SearchPlace;
  /** The diploma level asked for; null when any level (or not applicable: algorithm companies). */
  diplomaLevel: DiplomaLevel["level"] | null;
  /** The contracts proposed; null when not applicable (algorithm companies): not filtered by contract type. */
  contractTypes: readonly ContractType[] | null;
  /** Offers and partner offers: publication instant (newest first among equals). Companies: null. */
  createdAt: Date | null;
  /** Companies: their row order in the imported file (0-based). Others: null. */
  importRank: number | null;
  /** From this instant the entry is no longer found, even before its context removes it (an offer's expiry). */
  expiresAt: Date | null;
  /** A contact email is known: the candidate applies from our service. */
  canApply: boolean;
  /** Where to apply otherwise (a France Travail offer's page); null when none. */
  applyUrl: string | null;
  phone: string | null;
  website: string | null;
}>;
