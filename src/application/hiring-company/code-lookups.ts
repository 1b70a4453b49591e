import type { CodeLookups, ParsedCompanyRow } from "../../domain/hiring-company/company-row.ts";
import type { NafCode } from "../../domain/shared/naf-code.ts";
import type { RomeCode } from "../../domain/shared/rome-code.ts";
import type { NomenclatureReferential, RomeReferential } from "../referential/index.ts";

export type ReferentialReads = Readonly<{
  romes: Pick<RomeReferential, "familiesOf">;
  nafs: Pick<NomenclatureReferential, "findNaf">;
}>;

/**
 * The referentials' answers, asked once per distinct code over a whole import (a few hundred ROME and NAF codes
 * for 300,000 rows): `prepare` looks up the codes of a batch not seen yet, then the lookups answer synchronously.
 */
export function cachedCodeLookups(reads: ReferentialReads): CodeLookups & {
  prepare(rows: readonly ParsedCompanyRow[]): Promise<void>;
} {
  const romes = new Map<string, boolean>();
  const nafs = new Map<string, string | null>();
  return {
    async prepare(rows) {
      const newRomes = new Set<RomeCode>();
      const newNafs = new Set<NafCode>();
      for (const row of rows) {
        for (const rome of row.romes) if (!romes.has(rome.code)) newRomes.add(rome.code);
        if (!nafs.has(row.nafCode)) newNafs.add(row.nafCode);
      }
      if (newRomes.size > 0) {
        const families = await reads.romes.familiesOf([...newRomes]);
        for (const code of newRomes) romes.set(code, families.has(code));
      }
      for (const code of newNafs) nafs.set(code, (await reads.nafs.findNaf(code))?.label ?? null);
    },
    isKnownRome: (code) => romes.get(code) === true,
    nafLabel: (code) => nafs.get(code) ?? null,
  };
}
