import type { Brand } from "./brand.ts";
import { err, ok, type Result } from "./result.ts";

/** 14 digits: the 9-digit SIREN of the legal unit, then the 5-digit NIC of the establishment (INSEE). */
export const SIRET_PATTERN = /^\d{14}$/;

/** SIREN of La Poste, whose establishments follow their own check rule (see isValidSiretChecksum). */
const LA_POSTE_SIREN = "356000000";

export type Siret = Brand<string, "Siret">;

/** `format`: not 14 digits once spaces are removed; `checksum`: 14 digits whose check digit is wrong. */
export type SiretInvalid = Readonly<{ code: "SIRET_INVALID"; value: string; reason: "format" | "checksum" }>;

export function parseSiret(value: string): Result<Siret, SiretInvalid> {
  const candidate = value.replace(/\s/g, "");
  if (!SIRET_PATTERN.test(candidate)) return err({ code: "SIRET_INVALID", value, reason: "format" });
  if (!isValidSiretChecksum(candidate)) return err({ code: "SIRET_INVALID", value, reason: "checksum" });
  return ok(candidate as Siret);
}

/**
 * INSEE: the last digit of a SIRET is a Luhn check digit over the 14 digits. Exception: La Poste groups all its
 * establishments under SIREN 356 000 000, too many for the NIC's Luhn key; INSEE validates those SIRETs by the
 * sum of their 14 digits being a multiple of 5 (only the head office, 356 000 000 00048, also satisfies Luhn).
 */
export function isValidSiretChecksum(digits: string): boolean {
  if (!SIRET_PATTERN.test(digits)) return false;
  if (luhnSum(digits) % 10 === 0) return true;
  return digits.startsWith(LA_POSTE_SIREN) && digitSum(digits) % 5 === 0;
}

/** Luhn: from the right, every second digit is doubled (minus 9 when above 9), then all are summed. */
function luhnSum(digits: string): number {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    const digit = Number(digits[digits.length - 1 - i]);
    const weighted = i % 2 === 1 ? digit * 2 : digit;
    sum += weighted > 9 ? weighted - 9 : weighted;
  }
  return sum;
}

function digitSum(digits: string): number {
  return [...digits].reduce((sum, digit) => sum + Number(digit), 0);
}
