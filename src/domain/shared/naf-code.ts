import type { Brand } from "./brand.ts";
import { err, ok, type Result } from "./result.ts";

/**
 * NAF rév. 2 sub-class (INSEE, décret 2007-1888), as Sirene writes it: two digits (division), a dot, two digits
 * (group and class) and a letter (sub-class), e.g. "85.59A". The APE form without the dot ("8559A") is accepted.
 */
export const NAF_CODE_PATTERN = /^\d{2}\.\d{2}[A-Z]$/;

/** What is accepted as input: with or without the dot, any case. */
const NAF_CODE_INPUT_PATTERN = /^\d{2}\.?\d{2}[A-Za-z]$/;

export type NafCode = Brand<string, "NafCode">;

export type NafCodeError = Readonly<{ code: "NAF_CODE_MALFORMED"; value: string }>;

export function parseNafCode(value: string): Result<NafCode, NafCodeError> {
  const candidate = value.trim().toUpperCase();
  if (!NAF_CODE_INPUT_PATTERN.test(candidate)) return err({ code: "NAF_CODE_MALFORMED", value });
  const dotted = candidate.includes(".") ? candidate : `${candidate.slice(0, 2)}.${candidate.slice(2)}`;
  return ok(dotted as NafCode);
}

/** The NAF division: the first two digits ("85" is education, NAF rév. 2 section P). */
export function nafDivision(code: NafCode): string {
  return code.slice(0, 2);
}
