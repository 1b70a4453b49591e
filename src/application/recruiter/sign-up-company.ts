import type { AccountExists } from "../../domain/identity/errors.ts";
import { type CompanyRefusal, checkCompanyEligibility } from "../../domain/recruiter/eligibility.ts";
import type { OpcoUnknown, SiretUnknown } from "../../domain/recruiter/errors.ts";
import { displayNameOf } from "../../domain/recruiter/establishment-profile.ts";
import type { EmailError } from "../../domain/shared/email.ts";
import type { RateLimited } from "../../domain/shared/rate-limit.ts";
import type { Result } from "../../domain/shared/result.ts";
import type { SiretInvalid } from "../../domain/shared/siret.ts";
import type { OpcoResolver } from "./ports.ts";
import {
  chooseOpco,
  findEstablishment,
  parseContact,
  register,
  type SignedUp,
  type SignUpContact,
  type SignUpDeps,
} from "./sign-up-steps.ts";

export type CompanySignUp = SignUpContact & Readonly<{ siret: string; opco?: string | null }>;

export type CompanySignUpRefusal =
  | EmailError
  | RateLimited
  | SiretInvalid
  | SiretUnknown
  | CompanyRefusal
  | OpcoUnknown
  | AccountExists;

/**
 * `POST /api/v1/recruiters` (docs/PRODUCT.md §2, FAQ "Je ne parviens pas à m'inscrire"): the SIRET must be known to
 * INSEE, diffusible, open and outside education (NAF 85 → CFA account). Everything is checked before the one
 * transaction; an INSEE outage throws UpstreamUnavailable before anything is written.
 */
export function signUpCompany(deps: SignUpDeps & Readonly<{ opcoResolver: OpcoResolver }>) {
  return async (input: CompanySignUp): Promise<Result<SignedUp, CompanySignUpRefusal>> => {
    const member = await parseContact(deps, input);
    if (!member.ok) return member;
    const found = await findEstablishment(deps, input.siret);
    if (!found.ok) return found;
    const eligible = checkCompanyEligibility(found.value);
    if (!eligible.ok) return eligible;
    const establishment = eligible.value;
    const { siret, nafCode } = establishment;
    const [resolved, naf] = await Promise.all([
      deps.opcoResolver.resolve(siret, establishment.idccs),
      nafCode ? deps.nomenclatures.findNaf(nafCode) : null,
    ]);
    const opco = await chooseOpco(deps.nomenclatures, resolved, input.opco);
    if (!opco.ok) return opco;
    const displayName = displayNameOf(establishment);
    return register(deps, { kind: "company", siret, displayName }, member.value, (organisationId, createdAt) => ({
      organisationId,
      siret,
      legalName: establishment.legalName,
      brand: establishment.brand,
      address: establishment.address,
      nafCode,
      nafLabel: naf?.label ?? null,
      headcountBand: establishment.headcountBand,
      opco: opco.value,
      uai: null,
      createdAt,
    }));
  };
}
