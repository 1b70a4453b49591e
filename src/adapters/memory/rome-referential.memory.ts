import type { RomeReferential } from "../../application/referential/ports.ts";
import type { MetierSuggestion } from "../../domain/referential/metier-suggestion.ts";
import type { RomeFiche } from "../../domain/referential/rome-fiche.ts";
import {
  compareCodePoints,
  compareRankedLabels,
  normaliseSearchText,
  textMatchRank,
} from "../../domain/shared/search-text.ts";

type Candidate = MetierSuggestion & { rank: number; label: string; searchLabel: string; kind: number };

export function createMemoryRomeReferential(fiches: readonly RomeFiche[]): RomeReferential {
  const byCode = new Map(fiches.map((f) => [f.code as string, f]));
  return {
    async searchMetiers(query, limit) {
      return fiches
        .flatMap((fiche) => candidatesOf(fiche, query))
        .sort(
          (a, b) =>
            compareRankedLabels(a, b) ||
            a.kind - b.kind ||
            compareCodePoints(a.appellationCode ?? "", b.appellationCode ?? ""),
        )
        .slice(0, limit)
        .map(({ romeCode, romeLabel, appellation, appellationCode }) => ({
          romeCode,
          romeLabel,
          appellation,
          appellationCode,
        }));
    },
    async findFiche(code) {
      const fiche = byCode.get(code);
      if (!fiche) return null;
      const appellations = [...fiche.appellations].sort((a, b) => compareCodePoints(a.label, b.label));
      return { ...fiche, appellations };
    },
    async familiesOf(codes) {
      const families = new Map<RomeFiche["code"], RomeFiche["code"][]>();
      for (const code of codes) {
        if (!byCode.has(code)) continue;
        const children = fiches.filter((f) => f.parentCode === code && f.code !== code).map((f) => f.code);
        families.set(code, [code, ...children].sort(compareCodePoints));
      }
      return families;
    },
  };
}

function candidatesOf(fiche: RomeFiche, query: string): Candidate[] {
  const entries = [
    { label: fiche.label, appellation: null, appellationCode: null, kind: 1 },
    ...fiche.appellations.map((a) => ({ label: a.label, appellation: a.label, appellationCode: a.code, kind: 0 })),
  ];
  return entries.flatMap((entry) => {
    const searchLabel = normaliseSearchText(entry.label);
    const rank = textMatchRank(searchLabel, query);
    return rank === null ? [] : [{ ...entry, romeCode: fiche.code, romeLabel: fiche.label, rank, searchLabel }];
  });
}
