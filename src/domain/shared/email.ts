import type { Brand } from "./brand.ts";
import { err, ok, type Result } from "./result.ts";

/** Deliberately permissive (one @, a dot in the domain, no spaces): the mailbox proves the rest. */
export const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export type Email = Brand<string, "Email">;

export type EmailError = { readonly code: "EMAIL_MALFORMED"; readonly value: string };

export function parseEmail(value: string): Result<Email, EmailError> {
  const candidate = value.trim().toLowerCase();
  return EMAIL_PATTERN.test(candidate) && candidate.length <= 254
    ? ok(candidate as Email)
    : err({ code: "EMAIL_MALFORMED", value });
}

/** An address at a disposable-email domain: whoever must answer the person could not (a CFA, a company). */
export type DisposableEmail = Readonly<{ code: "DISPOSABLE_EMAIL"; domain: string }>;
