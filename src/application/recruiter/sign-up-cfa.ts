import type { AccountExists } from "../../domain/identity/errors.ts";
import { checkEstablishmentUsable, type UnusableEstablishment } from "../../domain/recruiter/eligibility.ts";
import type { CfaNotInCatalogue, CfaNotQualiopi, SiretUnknown } from "../../domain/recruiter/errors.ts";
import type { EmailError } from "../../domain/shared/email.ts";
import type { RateLimited } from "../../domain/shared/rate-limit.ts";
import { err, type Result } from "../../domain/shared/result.ts";
import type { SiretInvalid } from "../../domain/shared/siret.ts";
import type { TrainingProviderRegistry } from "../training/index.ts";
import {
  findEstablishment,
  parseContact,
  register,
  type SignedUp,
  type SignUpContact,
  type SignUpDeps,
} from "./sign-up-steps.ts";

export type CfaSignUp = SignUpContact & Readonly<{ siret: string }>;

export type CfaSignUpRefusal =
  | EmailError
  | RateLimited
  | SiretInvalid
  | SiretUnknown
  | UnusableEstablishment
  | CfaNotInCatalogue
  | CfaNotQualiopi
  | AccountExists;

/**
 * `POST /api/v1/cfas` (docs/PRODUCT.md §3): the formateur SIRET must be an open, diffusible establishment for INSEE,
 * listed as a training establishment in the apprenticeship catalogue, and Qualiopi-certified. The account's legal
 * data comes from the catalogue (its name and address are what candidates see on trainings). One account per
 * formateur SIRET: a CFA hors les murs or a CCI signs up once per establishment.
 */
export function signUpCfa(deps: SignUpDeps & Readonly<{ trainingProviders: TrainingProviderRegistry }>) {
  return async (input: CfaSignUp): Promise<Result<SignedUp, CfaSignUpRefusal>> => {
    const member = await parseContact(deps, input);
    if (!member.ok) return member;
    const found = await findEstablishment(deps, input.siret);
    if (!found.ok) return found;
    const usable = checkEstablishmentUsable(found.value);
    if (!usable.ok) return usable;
    const establishment = usable.value;
    const { siret, nafCode } = establishment;
    const provider = await deps.trainingProviders.findBySiret(siret);
    if (!provider) return err({ code: "CFA_NOT_IN_CATALOGUE", siret });
    if (!provider.qualiopi) return err({ code: "CFA_NOT_QUALIOPI", siret });
    const naf = nafCode ? await deps.nomenclatures.findNaf(nafCode) : null;
    const displayName = provider.legalName;
    return register(deps, { kind: "cfa", siret, displayName }, member.value, (organisationId, createdAt) => ({
      organisationId,
      siret,
      legalName: provider.legalName,
      brand: null,
      address: provider.address,
      nafCode,
      nafLabel: naf?.label ?? null,
      headcountBand: establishment.headcountBand,
      opco: null,
      uai: provider.uai,
      createdAt,
    }));
  };
}
