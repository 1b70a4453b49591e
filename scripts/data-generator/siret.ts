import { isValidSiretChecksum } from "../../src/domain/shared/siret.ts";

/**
 * Generated demo SIRETs: SIREN 9913xxxxx (the 991 range is the demo one: 9910… the fixed demo establishments,
 * 9912… the demo catalogue's formateurs, 9913… the generated companies), then a 5-digit NIC whose last digit is
 * the Luhn key INSEE checks. `index` (0 … 99,999,999) makes each number unique within a run.
 */
export const GENERATED_SIRET_PREFIX = "9913";

export function demoSiret(index: number): string {
  if (!Number.isInteger(index) || index < 0 || index >= 100_000_000) throw new RangeError(`SIRET index ${index}`);
  const body = `${GENERATED_SIRET_PREFIX}${String(index).padStart(8, "0")}0`;
  for (let key = 0; key <= 9; key++) {
    const candidate = `${body}${key}`;
    if (isValidSiretChecksum(candidate)) return candidate;
  }
  throw new Error(`no Luhn key for ${body}`); // unreachable: one of ten keys always fits
}
