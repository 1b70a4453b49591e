import type { CompanyRefusal } from "../../domain/recruiter/eligibility.ts";
import type { CfaNotInCatalogue, CfaNotQualiopi, OpcoUnknown, SiretUnknown } from "../../domain/recruiter/errors.ts";
import type { SiretInvalid } from "../../domain/shared/siret.ts";

/** Every refusal of the recruiter context that reaches the JSON API (look-up and sign-ups). */
export type RecruiterRefusal =
  | SiretInvalid
  | SiretUnknown
  | CompanyRefusal
  | CfaNotInCatalogue
  | CfaNotQualiopi
  | OpcoUnknown;
