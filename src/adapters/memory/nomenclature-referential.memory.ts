import type { NomenclatureReferential } from "../../application/referential/ports.ts";
import type { IdccOpco, NafEntry, Opco } from "../../domain/referential/nomenclatures.ts";
import { compareCodePoints } from "../../domain/shared/search-text.ts";

export type NomenclatureData = Readonly<{
  naf: readonly NafEntry[];
  opcos: readonly Opco[];
  idcc: readonly IdccOpco[];
}>;

export function createMemoryNomenclatureReferential(data: NomenclatureData): NomenclatureReferential {
  const nafByCode = new Map(data.naf.map((entry) => [entry.code, entry]));
  const opcoByCode = new Map(data.opcos.map((opco) => [opco.code, opco]));
  const opcoCodeByIdcc = new Map(data.idcc.map((row) => [row.idcc, row.opcoCode]));
  return {
    async findNaf(code) {
      return nafByCode.get(code) ?? null;
    },
    async findOpcoByIdcc(idcc) {
      const code = opcoCodeByIdcc.get(idcc);
      return code === undefined ? null : (opcoByCode.get(code) ?? null);
    },
    async listOpcos() {
      return [...data.opcos].sort((a, b) => compareCodePoints(a.code, b.code));
    },
  };
}
