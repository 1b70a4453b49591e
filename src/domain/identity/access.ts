import type { Email } from "../shared/email.ts";
import { isActive, type Organisation } from "./organisation.ts";

/**
 * May this person log in and use tokens? Administrators always; others unless every organisation they belong
 * to was disabled by support (a person without any organisation, e.g. removed by a colleague, may still log in
 * to manage or delete their account). Pending sign-ups do not count: logging in is how they get confirmed.
 */
export function mayUseAccount(input: Readonly<{ organisations: readonly Organisation[]; isAdmin: boolean }>): boolean {
  const settled = input.organisations.filter((organisation) => organisation.status !== "pending");
  return input.isAdmin || settled.length === 0 || settled.some(isActive);
}

/** Administrators are configured by email (ADMIN_EMAILS), compared after parseEmail's normalisation. */
export function isAdminEmail(email: Email, adminEmails: readonly Email[]): boolean {
  return adminEmails.includes(email);
}
