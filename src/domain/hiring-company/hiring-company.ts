import type { Email } from "../shared/email.ts";
import type { NafCode } from "../shared/naf-code.ts";
import type { RomeCode } from "../shared/rome-code.ts";
import type { Siret } from "../shared/siret.ts";

/** A ROME code the hiring-prediction algorithm gave the company, with its score (0–100, higher: likelier to hire). */
export type ScoredRome = Readonly<{ code: RomeCode; score: number }>;

export type CompanyAddress = Readonly<{
  street: string | null;
  postcode: string;
  city: string;
  insee: string;
}>;

/**
 * A company the hiring-prediction algorithm lists ("candidature spontanée", FAQ "Quelle est la différence entre une
 * offre d'emploi et une candidature spontanée"), as the monthly file gives it, with the approved contact updates
 * applied on top.
 */
export type HiringCompany = Readonly<{
  siret: Siret;
  legalName: string;
  brand: string | null;
  nafCode: NafCode;
  nafLabel: string;
  address: CompanyAddress;
  latitude: number;
  longitude: number;
  /** At least one, best score first (ties: the file's order). */
  romes: readonly ScoredRome[];
  email: Email | null;
  phone: string | null;
  website: string | null;
  /** Its row among the file's good rows (0-based): the search's order among companies at the same distance. */
  importRank: number;
}>;

/** The name shown: the brand (enseigne) when the file gives one, else the legal name (raison sociale). */
export function publicNameOf(company: Pick<HiringCompany, "legalName" | "brand">): string {
  return company.brand ?? company.legalName;
}

/** A contact change support approved: what it replaces (null: keep the file's value). */
export type ContactOverride = Readonly<{ siret: Siret; email: Email | null; phone: string | null }>;

/** The file's contact details with the approved change on top (docs/PRODUCT.md §6: it survives imports). */
export function withContactOverride(company: HiringCompany, override: ContactOverride | undefined): HiringCompany {
  if (!override) return company;
  return { ...company, email: override.email ?? company.email, phone: override.phone ?? company.phone };
}
