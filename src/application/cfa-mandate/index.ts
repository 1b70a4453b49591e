/** The CFA-mandate context's public face: the offer context and the HTTP layer import only this file. */

export type { PartnerCompany } from "../../domain/cfa-mandate/partner-company.ts";

export { addPartnerCompany, type PartnerCompanyInput } from "./add-partner-company.ts";
export { findPartnerOfCfa } from "./find-partner-of-cfa.ts";

export type { PartnerCompanyRepository } from "./ports.ts";
export type { CfaMandateRefusal } from "./refusals.ts";
export {
  type CfaMandatePublishedApi,
  type CfaMandateUseCases,
  cfaMandatePublishedApi,
  cfaMandateUseCases,
} from "./use-cases.ts";
