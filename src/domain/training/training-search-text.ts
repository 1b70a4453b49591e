import { normaliseSearchText } from "../shared/search-text.ts";
import type { CatalogueTraining } from "./training.ts";

/**
 * "Find my establishment" matches the formateur's legal name and the training's title, accent- and
 * case-insensitively: the legal name first, so a query starting the name ranks first (textMatchRank).
 */
export function establishmentSearchText(training: CatalogueTraining): string {
  return normaliseSearchText(`${training.formateur.legalName} ${training.title}`);
}

/** The codes a CFA may type to find itself: the formateur's UAI, the training's RNCP and CFD, upper-case. */
export function trainingCodes(training: CatalogueTraining): string[] {
  const codes = [training.formateur.uai, training.rncp, training.cfd];
  return codes.filter((code): code is string => code !== null && code !== "").map((code) => code.toUpperCase());
}

/** A typed code as the catalogue writes it: upper-case, without spaces ("rncp 38362" is RNCP38362). */
export function compactCode(query: string): string {
  return query.replace(/\s+/g, "").toUpperCase();
}
