/** The recruiter context's public face: other contexts (identity sign-up, offers) and the HTTP layer import this. */
export {
  type CompanyRefusal,
  checkCompanyEligibility,
  checkEstablishmentUsable,
  type Eligibility,
  eligibilityOf,
  isEducationNaf,
  type UnusableEstablishment,
} from "../../domain/recruiter/eligibility.ts";
export type {
  EducationNaf,
  EstablishmentClosed,
  EstablishmentNonDiffusible,
  SiretUnknown,
} from "../../domain/recruiter/errors.ts";
export type {
  DiffusibleEstablishment,
  Establishment,
  EstablishmentAddress,
  NonDiffusibleEstablishment,
} from "../../domain/recruiter/establishment.ts";
export { establishmentFixtures } from "./establishment-fixtures.ts";
export { type EstablishmentLookup, type LookUpRefusal, lookUpEstablishment } from "./look-up-establishment.ts";
export type { EstablishmentDirectory, OpcoResolver } from "./ports.ts";
export type { RecruiterRefusal } from "./refusals.ts";
