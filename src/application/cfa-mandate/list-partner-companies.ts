import type { PartnerCompany } from "../../domain/cfa-mandate/partner-company.ts";
import { ok, type Result } from "../../domain/shared/result.ts";
import type { Actor } from "../identity/index.ts";
import { type ActingCfaRefusal, actingCfa } from "./acting-cfa.ts";
import type { PartnerCompanyRepository } from "./ports.ts";

/** `GET /api/v1/cfa/partners`: the partner companies of the CFA the person acts for, most recent first. */
export function listPartnerCompanies(deps: Readonly<{ partnerCompanies: PartnerCompanyRepository }>) {
  return async ({ actor }: { actor: Actor }): Promise<Result<readonly PartnerCompany[], ActingCfaRefusal>> => {
    const cfa = actingCfa(actor);
    if (!cfa.ok) return cfa;
    return ok(await deps.partnerCompanies.listByCfa(cfa.value.id));
  };
}
