import type { Commune } from "../../domain/referential/commune.ts";
import { isPostcodeQuery } from "../../domain/referential/commune.ts";
import { normaliseSearchText } from "../../domain/shared/search-text.ts";
import type { CommuneReferential } from "./ports.ts";

const COMMUNE_SUGGESTION_LIMIT = 20;

export function searchCommunes(deps: { communeReferential: CommuneReferential }) {
  return async (input: { q: string }): Promise<Commune[]> => {
    const query = isPostcodeQuery(input.q) ? input.q.trim() : normaliseSearchText(input.q);
    if (query.length === 0) return [];
    return deps.communeReferential.search(query, COMMUNE_SUGGESTION_LIMIT);
  };
}
