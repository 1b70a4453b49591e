import { getRomeFiche } from "./get-rome-fiche.ts";
import type { CommuneReferential, NomenclatureReferential, RomeReferential } from "./ports.ts";
import { resolvePlace } from "./resolve-place.ts";
import { romeCodesWithSubFiches } from "./rome-families.ts";
import { searchCommunes } from "./search-communes.ts";
import { searchMetiers } from "./search-metiers.ts";

/** Every port the reference-data use cases need. */
export type ReferentialDeps = Readonly<{
  romeReferential: RomeReferential;
  communeReferential: CommuneReferential;
  nomenclatures: NomenclatureReferential;
}>;

/** The public reference-data reads: métier autocomplete, fiches ROME, communes. */
export function referentialUseCases(deps: ReferentialDeps) {
  return {
    searchMetiers: searchMetiers(deps),
    getRomeFiche: getRomeFiche(deps),
    searchCommunes: searchCommunes(deps),
  };
}

export type ReferentialUseCases = ReturnType<typeof referentialUseCases>;

/**
 * What the referential offers the other contexts (read-only, static data); the métier autocomplete is the use
 * cases' own, so the service keeps one index in memory.
 */
export function referentialPublishedApi(deps: ReferentialDeps, useCases: ReferentialUseCases) {
  return {
    romeReferential: deps.romeReferential,
    nomenclatures: deps.nomenclatures,
    communeOf: (insee: string) => deps.communeReferential.findByInsee(insee),
    communeReferential: deps.communeReferential,
    /** A search's centre from coordinates, an INSEE code or a postcode (training search, later the jobs search). */
    resolvePlace: resolvePlace(deps),
    /** The asked ROME codes with their sub-fiches, or ROME_UNKNOWN. */
    romeCodesWithSubFiches: romeCodesWithSubFiches(deps),
    /** The métier autocomplete and the communes search, for the website's forms that work without JavaScript. */
    searchMetiers: useCases.searchMetiers,
    searchCommunes: useCases.searchCommunes,
  };
}

export type ReferentialPublishedApi = ReturnType<typeof referentialPublishedApi>;
