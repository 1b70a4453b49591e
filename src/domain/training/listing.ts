import type { CatalogueTraining } from "./training.ts";

/**
 * docs/PRODUCT.md §4: only trainings of Qualiopi-certified establishments are shown (search, detail, partner feed,
 * nearby CFAs). The catalogue's `etablissement_reference_certifie_qualite` says it for each training.
 */
export function isListed(training: CatalogueTraining): boolean {
  return training.qualiopi;
}

/** docs/PRODUCT.md §4: the formateur's website, else the responsible establishment's. */
export function websiteOf(training: CatalogueTraining): string | null {
  return training.formateur.website ?? training.gestionnaire.website;
}
