/** The CFA-mandate context's public face: the offer context and the HTTP layer import only this file. */
export type { CfaOnly, ContactSameAsCfa, PartnerExists } from "../../domain/cfa-mandate/errors.ts";
export type { PartnerCompany } from "../../domain/cfa-mandate/partner-company.ts";
export type { PartnerContact } from "../../domain/cfa-mandate/partner-contact.ts";
export type { ActingCfaRefusal } from "./acting-cfa.ts";
export {
  type AddPartner,
  type AddPartnerDeps,
  type AddPartnerRefusal,
  addPartnerCompany,
  type PartnerCompanyInput,
} from "./add-partner-company.ts";
export { findPartnerOfCfa } from "./find-partner-of-cfa.ts";
export { listPartnerCompanies } from "./list-partner-companies.ts";
export type { PartnerCompanyRepository } from "./ports.ts";
export type { CfaMandateRefusal } from "./refusals.ts";
export {
  type CfaMandateDeps,
  type CfaMandatePublishedApi,
  type CfaMandateUseCases,
  cfaMandatePublishedApi,
  cfaMandateUseCases,
} from "./use-cases.ts";
