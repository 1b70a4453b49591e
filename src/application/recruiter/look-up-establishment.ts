import { type Eligibility, eligibilityOf } from "../../domain/recruiter/eligibility.ts";
import type { EstablishmentNonDiffusible, SiretUnknown } from "../../domain/recruiter/errors.ts";
import type { EstablishmentAddress } from "../../domain/shared/establishment.ts";
import type { NafCode } from "../../domain/shared/naf-code.ts";
import { err, ok, type Result } from "../../domain/shared/result.ts";
import { parseSiret, type Siret, type SiretInvalid } from "../../domain/shared/siret.ts";
import type { NomenclatureReferential } from "../referential/index.ts";
import type { EstablishmentDirectory, OpcoResolver } from "./ports.ts";

/** What the sign-up form shows once the SIRET is typed (docs/API.md "Accounts and login"). */
export type EstablishmentLookup = Readonly<{
  siret: Siret;
  legalName: string;
  brand: string | null;
  address: EstablishmentAddress;
  nafCode: NafCode | null;
  nafLabel: string | null;
  open: boolean;
  opco: Readonly<{ code: string; label: string }> | null;
  eligibility: Eligibility;
}>;

export type LookUpRefusal = SiretInvalid | SiretUnknown | EstablishmentNonDiffusible;

export type LookUpDeps = Readonly<{
  establishments: EstablishmentDirectory;
  opcoResolver: OpcoResolver;
  nomenclatures: NomenclatureReferential;
}>;

/**
 * A closed establishment or an education one is still shown (with `open` and `eligibility`): refusing them is the
 * sign-up's business. Throws UpstreamUnavailable when INSEE cannot answer.
 */
export function lookUpEstablishment(deps: LookUpDeps) {
  return async (input: { siret: string }): Promise<Result<EstablishmentLookup, LookUpRefusal>> => {
    const siret = parseSiret(input.siret);
    if (!siret.ok) return siret;
    const establishment = await deps.establishments.findBySiret(siret.value);
    if (establishment === null) return err({ code: "SIRET_UNKNOWN", siret: siret.value });
    if (!establishment.diffusible) return err({ code: "ESTABLISHMENT_NON_DIFFUSIBLE", siret: siret.value });
    const { nafCode, idccs } = establishment;
    const [naf, opco] = await Promise.all([
      nafCode ? deps.nomenclatures.findNaf(nafCode) : null,
      deps.opcoResolver.resolve(siret.value, idccs),
    ]);
    return ok({
      siret: establishment.siret,
      legalName: establishment.legalName,
      brand: establishment.brand,
      address: establishment.address,
      nafCode,
      nafLabel: naf?.label ?? null,
      open: establishment.open,
      opco: opco ? { code: opco.code, label: opco.label } : null,
      eligibility: eligibilityOf(establishment),
    });
  };
}
