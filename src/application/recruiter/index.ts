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
  CfaNotInCatalogue,
  CfaNotQualiopi,
  EducationNaf,
  EstablishmentClosed,
  EstablishmentNonDiffusible,
  OpcoUnknown,
  SiretUnknown,
} from "../../domain/recruiter/errors.ts";
export {
  displayNameOf,
  type EstablishmentProfile,
  type OpcoSource,
} from "../../domain/recruiter/establishment-profile.ts";
export type {
  DiffusibleEstablishment,
  Establishment,
  EstablishmentAddress,
  NonDiffusibleEstablishment,
} from "../../domain/shared/establishment.ts";
export { describeOrganisation, type OrganisationDescription } from "./describe-organisation.ts";
export { establishmentFixtures } from "./establishment-fixtures.ts";
export { type EstablishmentShown, establishmentProfileOf } from "./establishment-profile-of.ts";
export { listOpcos } from "./list-opcos.ts";
export { type EstablishmentLookup, type LookUpRefusal, lookUpEstablishment } from "./look-up-establishment.ts";
export type { EstablishmentDirectory, EstablishmentProfileRepository, OpcoResolver } from "./ports.ts";
export type { RecruiterRefusal } from "./refusals.ts";
export { type CfaSignUp, type CfaSignUpRefusal, signUpCfa } from "./sign-up-cfa.ts";
export { type CompanySignUp, type CompanySignUpRefusal, signUpCompany } from "./sign-up-company.ts";
export type { SignedUp, SignUpContact, SignUpRepos } from "./sign-up-steps.ts";
export {
  type RecruiterDeps,
  type RecruiterPublishedApi,
  type RecruiterUseCases,
  recruiterPublishedApi,
  recruiterUseCases,
} from "./use-cases.ts";
