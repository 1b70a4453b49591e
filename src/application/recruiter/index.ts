/** The recruiter context's public face: other contexts (identity sign-up, offers) and the HTTP layer import this. */
export {
  type CompanyRefusal,
  checkCompanyEligibility,
} from "../../domain/recruiter/eligibility.ts";
export type { SiretUnknown } from "../../domain/recruiter/errors.ts";
export { displayNameOf } from "../../domain/recruiter/establishment-profile.ts";

export type { OrganisationDescription } from "./describe-organisation.ts";
export { establishmentFixtures } from "./establishment-fixtures.ts";
export type { EstablishmentShown } from "./establishment-profile-of.ts";

export { type EstablishmentLookup, lookUpEstablishment } from "./look-up-establishment.ts";
export type { EstablishmentDirectory, EstablishmentProfileRepository, OpcoResolver } from "./ports.ts";
export type { RecruiterRefusal } from "./refusals.ts";

export {
  type RecruiterPublishedApi,
  type RecruiterUseCases,
  recruiterPublishedApi,
  recruiterUseCases,
} from "./use-cases.ts";
