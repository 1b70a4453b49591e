import type { CommuneReferential } from "../../application/referential/ports.ts";
import { type Commune, communeNameRank, isPostcodeQuery } from "../../domain/referential/commune.ts";
import { compareCodePoints, normaliseSearchText } from "../../domain/shared/search-text.ts";

export function createMemoryCommuneReferential(all: readonly Commune[]): CommuneReferential {
  const indexed = all.map((commune) => ({ commune, searchName: normaliseSearchText(commune.name) }));
  return {
    async search(query, limit) {
      const matches = isPostcodeQuery(query)
        ? indexed.filter((c) => c.commune.postcodes.some((p) => p.startsWith(query))).map((c) => ({ ...c, rank: 0 }))
        : indexed.flatMap((c) => {
            const rank = communeNameRank(c.searchName, query);
            return rank === null ? [] : [{ ...c, rank }];
          });
      return matches
        .sort(
          (a, b) =>
            a.rank - b.rank ||
            (b.commune.population ?? -1) - (a.commune.population ?? -1) ||
            compareCodePoints(a.searchName, b.searchName) ||
            compareCodePoints(a.commune.insee, b.commune.insee),
        )
        .slice(0, limit)
        .map((c) => c.commune);
    },
    async findByInsee(insee) {
      return all.find((c) => c.insee === insee.toUpperCase()) ?? null;
    },
  };
}
