/** The referential context's public face: other contexts and the HTTP layer import only this file. */
export type { Commune } from "../../domain/referential/commune.ts";
export type { MetierSuggestion } from "../../domain/referential/metier-suggestion.ts";
export type { NafEntry, Opco } from "../../domain/referential/nomenclatures.ts";
export type { Appellation, RomeFiche, RomeUnknown } from "../../domain/referential/rome-fiche.ts";
export { getRomeFiche } from "./get-rome-fiche.ts";
export type { CommuneReferential, NomenclatureReferential, RomeReferential } from "./ports.ts";
export { searchCommunes } from "./search-communes.ts";
export { searchMetiers } from "./search-metiers.ts";
export {
  type ReferentialDeps,
  type ReferentialPublishedApi,
  type ReferentialUseCases,
  referentialPublishedApi,
  referentialUseCases,
} from "./use-cases.ts";
