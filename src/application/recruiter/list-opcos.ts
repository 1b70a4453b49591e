import type { NomenclatureReferential, Opco } from "../referential/index.ts";

/** The 11 OPCO a recruiter may pick at sign-up when none was found for the SIRET (`GET /api/v1/opcos`). */
export function listOpcos(deps: Readonly<{ nomenclatures: NomenclatureReferential }>) {
  return async (): Promise<readonly Opco[]> => deps.nomenclatures.listOpcos();
}
