import type { CfaOnly, ContactSameAsCfa, PartnerExists } from "../../domain/cfa-mandate/errors.ts";

/**
 * The refusals this context adds to the JSON API. Its use cases also return identity's (ORGANISATION_REQUIRED,
 * NOT_A_MEMBER) and recruiter's (SIRET_INVALID, SIRET_UNKNOWN, ESTABLISHMENT_*, EDUCATION_NAF) refusals, whose
 * presentation those contexts own.
 */
export type CfaMandateRefusal = CfaOnly | PartnerExists | ContactSameAsCfa;
