import type { Email } from "../shared/email.ts";
import type { PhoneNumber } from "../shared/phone-number.ts";
import { err, ok, type Result } from "../shared/result.ts";
import type { ContactSameAsCfa } from "./errors.ts";
import { isPublicMailDomain } from "./public-mail-domains.ts";

/** The company's recruitment contact a CFA gives when it adds a partner (FAQ "CFA, comment ajouter…"). */
export type PartnerContact = Readonly<{ firstName: string; lastName: string; phone: PhoneNumber; email: Email }>;

/** The CFA member adding the partner, as identity knows them (the phone may be unknown). */
export type CfaUserContact = Readonly<{ email: Email; phone: string | null }>;

/**
 * docs/PRODUCT.md §3 [beyond the FAQ, from real abuse]: the mandate is the company's own hiring need, so its contact
 * must be someone of the company. A CFA giving its own phone or email, or an address at its own private domain,
 * is posting a need no company expressed. Addresses at public webmails (public-mail-domains.ts) may share a domain.
 */
export function checkPartnerContact(
  contact: PartnerContact,
  cfaUser: CfaUserContact,
): Result<PartnerContact, ContactSameAsCfa> {
  if (cfaUser.phone !== null && comparablePhone(contact.phone) === comparablePhone(cfaUser.phone)) {
    return err({ code: "CONTACT_SAME_AS_CFA", field: "phone" });
  }
  if (contact.email === cfaUser.email) return err({ code: "CONTACT_SAME_AS_CFA", field: "email" });
  const domain = emailDomainOf(contact.email);
  if (domain === emailDomainOf(cfaUser.email) && !isPublicMailDomain(domain)) {
    return err({ code: "CONTACT_SAME_AS_CFA", field: "emailDomain" });
  }
  return ok(contact);
}

/** The part after the last "@", lower-case (Email is already lower-case; a stored value may not be). */
export function emailDomainOf(email: string): string {
  return email.slice(email.lastIndexOf("@") + 1).toLowerCase();
}

/**
 * Digits only, a national metropolitan form ("06 12 34 56 78") read as +33: phones saved through the API are
 * E.164 already (PhoneSchema), but an account made otherwise may hold the form as typed.
 */
function comparablePhone(phone: string): string {
  const digits = phone.replace(/\D/g, "");
  return /^0\d{9}$/.test(digits) ? `33${digits.slice(1)}` : digits;
}
