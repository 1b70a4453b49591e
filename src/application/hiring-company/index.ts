/** The hiring-company context's public face: the composition and the HTTP layer import only this file. */
export type {
  CompanyNotFound,
  ContactUpdateRequest,
  UpdateRequestAlreadyDecided,
  UpdateRequestNotFound,
} from "../../domain/hiring-company/contact-update-request.ts";
export type { NoCompanyForEmail, SeveralCompanies } from "../../domain/hiring-company/dereferencing.ts";
export { type HiringCompany, publicNameOf } from "../../domain/hiring-company/hiring-company.ts";
export { companyJobs } from "./company-jobs.ts";
export type { UnsubscriptionView } from "./confirm-unsubscription.ts";
export { UNSUBSCRIPTION_PAGE_PATH } from "./deps.ts";
export { getHiringCompany } from "./get-hiring-company.ts";
export { importCompanies } from "./import-companies.ts";
export {
  type CompanyDecisions,
  type CompanyFileSource,
  CompanyFileUnavailable,
  type CompanyGenerations,
  type HiringCompanyRepository,
} from "./ports.ts";
export { type HiringCompanyUseCases, hiringCompanyFixtures, hiringCompanyUseCases } from "./use-cases.ts";
