import type { RomeReferential } from "../../application/referential/ports.ts";
import type { RomeFiche } from "../../domain/referential/rome-fiche.ts";
import { compareCodePoints } from "../../domain/shared/search-text.ts";

export function createMemoryRomeReferential(fiches: readonly RomeFiche[]): RomeReferential {
  const byCode = new Map(fiches.map((f) => [f.code as string, f]));
  return {
    async metierLines() {
      return [...fiches]
        .sort((a, b) => compareCodePoints(a.code, b.code))
        .flatMap((fiche) => [
          { romeCode: fiche.code, romeLabel: fiche.label, appellation: null, appellationCode: null },
          ...[...fiche.appellations]
            .sort((a, b) => compareCodePoints(a.code, b.code))
            .map((a) => ({
              romeCode: fiche.code,
              romeLabel: fiche.label,
              appellation: a.label,
              appellationCode: a.code,
            })),
        ]);
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
