import { type MetierSuggestion, withoutTwinFiches } from "../../domain/referential/metier-suggestion.ts";
import { normaliseSearchText } from "../../domain/shared/search-text.ts";
import type { RomeReferential } from "./ports.ts";

/** docs/API.md: the autocomplete answers at most 20 lines. */
const METIER_SUGGESTION_LIMIT = 20;

/**
 * Asks the referential for twice the lines it answers: each fiche dropped as a twin leaves its appellation, so
 * 2 × 20 lines still give 20 once the twins are gone.
 */
export function searchMetiers(deps: { romeReferential: RomeReferential }) {
  return async (input: { q: string }): Promise<MetierSuggestion[]> => {
    const query = normaliseSearchText(input.q);
    if (query.length === 0) return [];
    const found = await deps.romeReferential.searchMetiers(query, 2 * METIER_SUGGESTION_LIMIT);
    return withoutTwinFiches(found).slice(0, METIER_SUGGESTION_LIMIT);
  };
}
