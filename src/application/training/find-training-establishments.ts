import { normaliseSearchText } from "../../domain/shared/search-text.ts";
import type { EstablishmentMatch } from "../../domain/training/training-search.ts";
import { compactCode } from "../../domain/training/training-search-text.ts";
import type { TrainingStore } from "./ports.ts";

/** docs/API.md: at most 20 establishments. */
const ESTABLISHMENT_LIMIT = 20;

/**
 * GET /api/v1/training-establishments?q=: a CFA finds its formateur SIRET before signing up, by legal name, UAI,
 * training title, RNCP or CFD (every establishment of the catalogue, Qualiopi or not: it learns why it is refused).
 */
export function findTrainingEstablishments(deps: Readonly<{ trainings: TrainingStore }>) {
  return async (input: Readonly<{ q: string }>): Promise<readonly EstablishmentMatch[]> => {
    const text = normaliseSearchText(input.q);
    const code = compactCode(input.q);
    if (text === "" && code === "") return [];
    return deps.trainings.findEstablishments({ text, code }, ESTABLISHMENT_LIMIT);
  };
}
