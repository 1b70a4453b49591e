import { buildMetierIndex, type MetierIndex } from "../../domain/referential/metier-index.ts";
import type { MetierSuggestion } from "../../domain/referential/metier-suggestion.ts";
import { normaliseSearchText } from "../../domain/shared/search-text.ts";
import type { RomeReferential } from "./ports.ts";

/** docs/API.md: the autocomplete answers at most 20 lines. */
const METIER_SUGGESTION_LIMIT = 20;

/**
 * The referential only changes with a new release (it is seeded before the service starts), so its lines are read
 * once and searched in memory: `warmUp` (start-up) builds the index, else the first search does. A failed read is
 * not kept: the next search tries again.
 */
export function searchMetiers(deps: { romeReferential: RomeReferential }) {
  let index: Promise<MetierIndex> | null = null;
  const indexed = () => {
    index ??= deps.romeReferential.metierLines().then(buildMetierIndex, (error: unknown) => {
      index = null;
      throw error;
    });
    return index;
  };
  const search = async (input: { q: string }): Promise<MetierSuggestion[]> => {
    const query = normaliseSearchText(input.q);
    if (query.length === 0) return [];
    return (await indexed()).search(query, METIER_SUGGESTION_LIMIT);
  };
  return Object.assign(search, {
    warmUp: async (): Promise<void> => {
      await indexed();
    },
  });
}
