import type { HiringCompany } from "../../../domain/hiring-company/hiring-company.ts";
import type { Email } from "../../../domain/shared/email.ts";
import type { NafCode } from "../../../domain/shared/naf-code.ts";
import type { RomeCode } from "../../../domain/shared/rome-code.ts";
import type { Siret } from "../../../domain/shared/siret.ts";
import type { hiringCompanies } from "./schema.ts";

type Row = typeof hiringCompanies.$inferSelect;

/** A row as raw SQL answers it (snake_case), for `returning *` and `execute`. */
export type SqlCompanyRow = Readonly<{
  generation: number;
  siret: string;
  legal_name: string;
  brand: string | null;
  naf_code: string;
  naf_label: string;
  street: string | null;
  postcode: string;
  city: string;
  insee: string;
  latitude: number;
  longitude: number;
  rome_codes: string[];
  rome_scores: number[];
  email: string | null;
  phone: string | null;
  website: string | null;
  import_rank: number;
}>;

export function companyOfRow(row: Row): HiringCompany {
  return {
    siret: row.siret as Siret,
    legalName: row.legalName,
    brand: row.brand,
    nafCode: row.nafCode as NafCode,
    nafLabel: row.nafLabel,
    address: { street: row.street, postcode: row.postcode, city: row.city, insee: row.insee },
    latitude: row.latitude,
    longitude: row.longitude,
    romes: row.romeCodes.map((code, i) => ({ code: code as RomeCode, score: row.romeScores[i] ?? 0 })),
    email: row.email as Email | null,
    phone: row.phone,
    website: row.website,
    importRank: row.importRank,
  };
}

export function companyOfSqlRow(row: SqlCompanyRow): HiringCompany {
  return companyOfRow({
    generation: row.generation,
    siret: row.siret,
    legalName: row.legal_name,
    brand: row.brand,
    nafCode: row.naf_code,
    nafLabel: row.naf_label,
    street: row.street,
    postcode: row.postcode,
    city: row.city,
    insee: row.insee,
    latitude: Number(row.latitude),
    longitude: Number(row.longitude),
    romeCodes: row.rome_codes,
    romeScores: row.rome_scores.map(Number),
    email: row.email,
    phone: row.phone,
    website: row.website,
    importRank: Number(row.import_rank),
  });
}
