import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { gunzipSync } from "node:zlib";
import { parse } from "csv-parse/sync";
import type { DiffusibleEstablishment } from "../../domain/shared/establishment.ts";
import { parseNafCode } from "../../domain/shared/naf-code.ts";
import { parseSiret } from "../../domain/shared/siret.ts";

/**
 * DEMO DATA — the generated companies of data/demo/companies.csv.gz (`npm run data:generate -- --scale=demo`,
 * SIRETs 9913…, docs/DATA.md "Generated demo data") as the offline INSEE directory knows them, so one can sign up
 * as one of them and the demo offers posted at start-up belong to them. Open, diffusible, no collective agreement
 * known (the OPCO is then declared or left empty), Sirene's capitals for the address.
 */
const DEMO_COMPANIES_FILE = fileURLToPath(new URL("../../../data/demo/companies.csv.gz", import.meta.url));

let cached: readonly DiffusibleEstablishment[] | null = null;

export function demoCompanyEstablishments(file = DEMO_COMPANIES_FILE): DiffusibleEstablishment[] {
  if (file !== DEMO_COMPANIES_FILE) return readEstablishments(file);
  cached ??= readEstablishments(file);
  return [...cached];
}

function readEstablishments(file: string): DiffusibleEstablishment[] {
  const rows = parse(gunzipSync(readFileSync(file)), { columns: true }) as Record<string, string>[];
  return rows.flatMap((row) => {
    const siret = parseSiret(row.siret ?? "");
    const naf = parseNafCode(row.naf ?? "");
    if (!siret.ok) return [];
    return [
      {
        siret: siret.value,
        diffusible: true as const,
        legalName: row.raison_sociale ?? "",
        brand: row.enseigne ? row.enseigne.toUpperCase() : null,
        address: {
          street: (row.adresse ?? "").toUpperCase(),
          postcode: row.code_postal || null,
          city: row.commune ? row.commune.toUpperCase() : null,
          insee: row.code_insee || null,
        },
        nafCode: naf.ok ? naf.value : null,
        open: true,
        headcountBand: "03",
        idccs: [],
      },
    ];
  });
}
