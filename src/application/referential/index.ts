/** The referential context's public face: other contexts and the HTTP layer import only this file. */
export type { Commune } from "../../domain/referential/commune.ts";
export type { Opco } from "../../domain/referential/nomenclatures.ts";
export type { PlaceQuery, PlaceUnknown } from "../../domain/referential/place.ts";
export type { RomeFiche, RomeUnknown } from "../../domain/referential/rome-fiche.ts";
export { getRomeFiche } from "./get-rome-fiche.ts";
export type { CommuneReferential, NomenclatureReferential, RomeReferential } from "./ports.ts";
export { searchCommunes } from "./search-communes.ts";
export { searchMetiers } from "./search-metiers.ts";
export {
  type ReferentialPublishedApi,
  type ReferentialUseCases,
  referentialPublishedApi,
  referentialUseCases,
} from "./use-cases.ts";
