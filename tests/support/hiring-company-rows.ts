import type { CompanyFileLine, RawCompanyRow } from "../../src/domain/hiring-company/company-row.ts";

/** A Luhn-valid TEST SIRET from a 13-digit prefix (the check digit appended). */
export function testSiret(prefix13: string): string {
  for (let digit = 0; digit <= 9; digit++) {
    const candidate = `${prefix13}${digit}`;
    let sum = 0;
    for (let i = 0; i < 14; i++) {
      const d = Number(candidate[13 - i]);
      const w = i % 2 === 1 ? d * 2 : d;
      sum += w > 9 ? w - 9 : w;
    }
    if (sum % 10 === 0) return candidate;
  }
  throw new Error("unreachable");
}

/** TEST DATA: the n-th made-up bakery in Paris (D1102 boulanger), with an email unless told otherwise. */
export function aCompanyRow(n: number, overrides: Partial<RawCompanyRow> = {}): RawCompanyRow {
  return {
    siret: testSiret(`9913000${String(n).padStart(6, "0")}`),
    raisonSociale: `BOULANGERIE TEST ${n} SARL`,
    enseigne: `Boulangerie Test ${n}`,
    naf: "10.71C",
    adresse: `${n} rue de Test`,
    codePostal: "75011",
    commune: "Paris",
    codeInsee: "75111",
    latitude: String(48.8566 + n / 1000),
    longitude: "2.3522",
    romes: [{ rome: "D1102", score: "80" }],
    email: `contact${n}@boulangerie.test`,
    telephone: "",
    siteWeb: "",
    ...overrides,
  };
}

export const line = (row: RawCompanyRow): CompanyFileLine => ({ kind: "row", row });
