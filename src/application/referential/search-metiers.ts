import type { MetierSuggestion } from "../../domain/referential/metier-suggestion.ts";
import { normaliseSearchText } from "../../domain/shared/search-text.ts";
import type { RomeReferential } from "./ports.ts";

/** API.md: the autocomplete answers at most 20 lines. */
export const METIER_SUGGESTION_LIMIT = 20;

export function searchMetiers(deps: { romeReferential: RomeReferential }) {
  return async (input: { q: string }): Promise<MetierSuggestion[]> => {
    const query = normaliseSearchText(input.q);
    if (query.length === 0) return [];
    return deps.romeReferential.searchMetiers(query, METIER_SUGGESTION_LIMIT);
  };
}
