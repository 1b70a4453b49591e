import type { Commune } from "../../domain/referential/commune.ts";
import type { MetierSuggestion } from "../../domain/referential/metier-suggestion.ts";
import type { NafEntry, Opco } from "../../domain/referential/nomenclatures.ts";
import type { RomeFiche } from "../../domain/referential/rome-fiche.ts";
import type { NafCode } from "../../domain/shared/naf-code.ts";
import type { RomeCode } from "../../domain/shared/rome-code.ts";

/** ROME v4.60 fiches and appellations. */
export interface RomeReferential {
  /**
   * Every line the métier autocomplete may offer: each fiche (appellation null) and each of its appellations, by
   * fiche code, the fiche first, then its appellations by code. Read once at start-up (search-metiers.ts).
   */
  metierLines(): Promise<MetierSuggestion[]>;
  /** The fiche with its appellations; null when the code is not in the referential. */
  findFiche(code: RomeCode): Promise<RomeFiche | null>;
  /**
   * For each of `codes` present in the referential: itself and its sub-fiches (the fiches whose `code_rome_parent`
   * it is, docs/API.md "ROME codes"), sorted; codes absent from the referential have no entry.
   */
  familiesOf(codes: readonly RomeCode[]): Promise<ReadonlyMap<RomeCode, readonly RomeCode[]>>;
}

/** COG communes and municipal arrondissements with their centroids. */
export interface CommuneReferential {
  /**
   * By name (`query` normalised): ranked by textMatchRank, exact name first, then population
   * descending, then name. By postcode (digits): communes having a postcode that starts with it,
   * by population descending, then name.
   */
  search(query: string, limit: number): Promise<Commune[]>;
  /** null when the code is unknown. */
  findByInsee(insee: string): Promise<Commune | null>;
}

/** NAF rév. 2 (INSEE) and the 11 OPCO with the collective agreement (IDCC) → OPCO table (Ministère du Travail). */
export interface NomenclatureReferential {
  /** The NAF sub-class entry (its label); null when the code is not in NAF rév. 2. */
  findNaf(code: NafCode): Promise<NafEntry | null>;
  /** The OPCO a collective agreement is attached to; null when the IDCC is not in the table. */
  findOpcoByIdcc(idcc: number): Promise<Opco | null>;
  /** The 11 OPCO, by code, for the "choose your OPCO" list. */
  listOpcos(): Promise<Opco[]>;
}
