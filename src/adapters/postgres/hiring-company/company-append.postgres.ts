import type { HiringCompany } from "../../../domain/hiring-company/hiring-company.ts";
import { copyArray, copyLine } from "../copy-text.postgres.ts";

/** The columns COPY fills in a generation's partition of hiring_companies, in the order of `companyCopyLines`. */
export const COMPANY_COPY_COLUMNS = [
  "generation",
  "siret",
  "legal_name",
  "brand",
  "naf_code",
  "naf_label",
  "street",
  "postcode",
  "city",
  "insee",
  "latitude",
  "longitude",
  "rome_codes",
  "rome_scores",
  "email",
  "phone",
  "website",
  "import_rank",
] as const;

/** A batch as COPY text-format lines; ROME codes and scores as parallel array literals, best score first. */
export function companyCopyLines(generation: number, companies: readonly HiringCompany[]): string {
  const lines: string[] = [];
  for (const c of companies) {
    lines.push(
      copyLine([
        generation,
        c.siret,
        c.legalName,
        c.brand,
        c.nafCode,
        c.nafLabel,
        c.address.street,
        c.address.postcode,
        c.address.city,
        c.address.insee,
        c.latitude,
        c.longitude,
        copyArray(c.romes.map((rome) => rome.code)),
        copyArray(c.romes.map((rome) => rome.score)),
        c.email,
        c.phone,
        c.website,
        c.importRank,
      ]),
    );
  }
  return lines.join("");
}
