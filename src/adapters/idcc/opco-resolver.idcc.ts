import type { OpcoResolver } from "../../application/recruiter/ports.ts";
import type { NomenclatureReferential } from "../../application/referential/ports.ts";

/**
 * The offline and default OpcoResolver: the establishment's collective agreements looked up in the IDCC → OPCO
 * table of the referential (Ministère du Travail, 2019 decrees); the first agreement the table knows wins.
 */
export function createIdccOpcoResolver(nomenclatures: NomenclatureReferential): OpcoResolver {
  return {
    async resolve(_siret, idccs) {
      for (const idcc of idccs) {
        const opco = await nomenclatures.findOpcoByIdcc(idcc);
        if (opco) return opco;
      }
      return null;
    },
  };
}
