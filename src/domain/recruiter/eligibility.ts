import type { DiffusibleEstablishment, Establishment } from "../shared/establishment.ts";
import { type NafCode, nafDivision } from "../shared/naf-code.ts";
import { err, ok, type Result } from "../shared/result.ts";
import type { EducationNaf, EstablishmentClosed, EstablishmentNonDiffusible } from "./errors.ts";

/** NAF rév. 2 division 85 "Enseignement" (section P): training and education establishments. */
const EDUCATION_NAF_DIVISION = "85";

/** Who may sign up with this establishment: a company, or only a CFA (training organisation). */
export type Eligibility = "company" | "cfa_only";

/** An unknown activity is not presumed to be education. */
function isEducationNaf(nafCode: NafCode | null): nafCode is NafCode {
  return nafCode !== null && nafDivision(nafCode) === EDUCATION_NAF_DIVISION;
}

export function eligibilityOf(establishment: DiffusibleEstablishment): Eligibility {
  return isEducationNaf(establishment.nafCode) ? "cfa_only" : "company";
}

export type UnusableEstablishment = EstablishmentNonDiffusible | EstablishmentClosed;

/**
 * FAQ "Je ne parviens pas à m'inscrire": any account (company or CFA) needs an establishment whose data INSEE
 * publishes and that is open. Non-diffusible is checked first: nothing else of it can be read.
 */
export function checkEstablishmentUsable(
  establishment: Establishment,
): Result<DiffusibleEstablishment, UnusableEstablishment> {
  if (!establishment.diffusible) return err({ code: "ESTABLISHMENT_NON_DIFFUSIBLE", siret: establishment.siret });
  if (!establishment.open) return err({ code: "ESTABLISHMENT_CLOSED", siret: establishment.siret });
  return ok(establishment);
}

export type CompanyRefusal = UnusableEstablishment | EducationNaf;

/** A company account also needs an activity outside education (division 85 → "create a CFA account instead"). */
export function checkCompanyEligibility(establishment: Establishment): Result<DiffusibleEstablishment, CompanyRefusal> {
  const usable = checkEstablishmentUsable(establishment);
  if (!usable.ok) return usable;
  const { siret, nafCode } = usable.value;
  return isEducationNaf(nafCode) ? err({ code: "EDUCATION_NAF", siret, nafCode }) : usable;
}
