import type { Brand } from "./brand.ts";
import { err, ok, type Result } from "./result.ts";

/** ROME v4 code: one letter (grand domaine A–N) and four digits (France Travail, ROME 4.0). */
export const ROME_CODE_PATTERN = /^[A-N]\d{4}$/;

export type RomeCode = Brand<string, "RomeCode">;

export type RomeCodeError = { readonly code: "ROME_CODE_MALFORMED"; readonly value: string };

export function parseRomeCode(value: string): Result<RomeCode, RomeCodeError> {
  const candidate = value.trim().toUpperCase();
  return ROME_CODE_PATTERN.test(candidate) ? ok(candidate as RomeCode) : err({ code: "ROME_CODE_MALFORMED", value });
}
