/**
 * Webmail and internet-provider domains anyone may open an address at, common in France. Sharing one of them
 * proves nothing: a CFA user at gmail.com and a company contact at gmail.com are still two people. A private
 * domain (the CFA's own, e.g. cfa-metiers.fr) is another matter (see partner-contact.ts). Lower-case; extend it
 * when support meets another one.
 */
export const PUBLIC_MAIL_DOMAINS: ReadonlySet<string> = new Set([
  // International webmails
  "gmail.com",
  "googlemail.com",
  "yahoo.fr",
  "yahoo.com",
  "hotmail.fr",
  "hotmail.com",
  "outlook.fr",
  "outlook.com",
  "live.fr",
  "live.com",
  "msn.com",
  "icloud.com",
  "me.com",
  "aol.com",
  "gmx.fr",
  "protonmail.com",
  "proton.me",
  // French internet providers and La Poste
  "orange.fr",
  "wanadoo.fr",
  "free.fr",
  "sfr.fr",
  "neuf.fr",
  "bbox.fr",
  "laposte.net",
]);

/** Whether an address at this domain could belong to anyone (a public webmail or an internet provider). */
export function isPublicMailDomain(domain: string): boolean {
  return PUBLIC_MAIL_DOMAINS.has(domain.toLowerCase());
}
