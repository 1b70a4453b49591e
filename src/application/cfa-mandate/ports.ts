import type { PartnerCompany } from "../../domain/cfa-mandate/partner-company.ts";
import type { Siret } from "../../domain/shared/siret.ts";

/** The partner companies of each CFA ("mandats"): at most one per (CFA organisation, SIRET). */
export interface PartnerCompanyRepository {
  /** Saves a new partner; `"exists"` when the CFA already has a partner with this SIRET (nothing changes). */
  add(partner: PartnerCompany): Promise<"added" | "exists">;
  /** The CFA's partners, most recently added first (ties by id); empty when it has none. */
  listByCfa(cfaOrganisationId: string): Promise<PartnerCompany[]>;
  /** The CFA's partner with this SIRET; null when it is not one of its partners (another CFA's does not count). */
  findByCfaAndSiret(cfaOrganisationId: string, siret: Siret): Promise<PartnerCompany | null>;
}
