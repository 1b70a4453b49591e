import type { NafCode } from "./naf-code.ts";
import type { Siret } from "./siret.ts";

/** Where the establishment is, as Sirene records it; null parts are unknown (e.g. an establishment abroad). */
export type EstablishmentAddress = Readonly<{
  /** Number, street type and name, e.g. "12 RUE DE LA REPUBLIQUE" (Sirene writes in capitals). */
  street: string;
  postcode: string | null;
  city: string | null;
  /** INSEE commune code (COG), an arrondissement's code in Paris, Lyon and Marseille. */
  insee: string | null;
}>;

/**
 * An establishment whose legal data INSEE publishes (statutDiffusionEtablissement "O").
 * `headcountBand` is INSEE's tranche d'effectifs code ("NN", "00", "01", … "53"); `idccs` are the collective
 * agreements applied, when a source knows them (Sirene does not), used to find the OPCO.
 */
export type DiffusibleEstablishment = Readonly<{
  siret: Siret;
  diffusible: true;
  legalName: string;
  brand: string | null;
  address: EstablishmentAddress;
  /** Null when Sirene gives an older nomenclature (NAF rév. 1, NAP) or nothing. */
  nafCode: NafCode | null;
  /** Administrative state: "A" (actif) → true, "F" (fermé) → false. */
  open: boolean;
  headcountBand: string | null;
  idccs: readonly number[];
}>;

/**
 * An establishment in partial diffusion (statut "P", formerly "N"; art. R123-232 of the Code de commerce): INSEE
 * masks its legal data, so we keep only that it exists. The service cannot use it (docs/adr/0008).
 */
type NonDiffusibleEstablishment = Readonly<{ siret: Siret; diffusible: false }>;

/** An establishment of the Sirene register (INSEE). */
export type Establishment = DiffusibleEstablishment | NonDiffusibleEstablishment;
