import type { CompanyNotFound } from "../../domain/hiring-company/contact-update-request.ts";
import type { HiringCompany } from "../../domain/hiring-company/hiring-company.ts";
import { err, ok, type Result } from "../../domain/shared/result.ts";
import type { HiringCompanyRepository } from "./ports.ts";

/** `GET /api/v1/companies/{siret}`: a live algorithm company; unknown or dereferenced → COMPANY_NOT_FOUND. */
export function getHiringCompany(deps: { companies: Pick<HiringCompanyRepository, "findBySiret"> }) {
  return async (input: { siret: string }): Promise<Result<HiringCompany, CompanyNotFound>> => {
    const company = await deps.companies.findBySiret(input.siret);
    return company ? ok(company) : err({ code: "COMPANY_NOT_FOUND", siret: input.siret });
  };
}
