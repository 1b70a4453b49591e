import type { Brand } from "./brand.ts";
import { err, ok, type Result } from "./result.ts";

/**
 * INSEE commune code (COG): 5 characters, Corsica uses 2A/2B, overseas 97x.
 * Municipal arrondissements (75101…, 69381…, 13201…) share the format.
 */
export const INSEE_CODE_PATTERN = /^(\d{2}|2[AB])\d{3}$/;

export type InseeCode = Brand<string, "InseeCode">;

export type InseeCodeError = { readonly code: "INSEE_CODE_MALFORMED"; readonly value: string };

export function parseInseeCode(value: string): Result<InseeCode, InseeCodeError> {
  const candidate = value.trim().toUpperCase();
  return INSEE_CODE_PATTERN.test(candidate) ? ok(candidate as InseeCode) : err({ code: "INSEE_CODE_MALFORMED", value });
}
