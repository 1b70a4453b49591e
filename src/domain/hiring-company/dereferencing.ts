import type { Email } from "../shared/email.ts";
import { err, ok, type Result } from "../shared/result.ts";
import type { Siret } from "../shared/siret.ts";

/** A company as the dereferencing form lists it when an email is shared (docs/API.md "Other public writes"). */
export type CompanyOfEmail = Readonly<{ siret: Siret; name: string; city: string }>;

export type NoCompanyForEmail = Readonly<{ code: "NO_COMPANY_FOR_EMAIL" }>;
export type SeveralCompanies = Readonly<{ code: "SEVERAL_COMPANIES"; companies: readonly CompanyOfEmail[] }>;

/**
 * Which companies a dereferencing request is about (FAQ "Comment déréférencer mon entreprise"): only companies
 * whose known email is the requester's, so nobody removes a competitor. Without `sirets`, the email's only
 * company; several → the list to choose from. A SIRET that is not one of that email's companies answers like an
 * unknown email (404): the answer never tells which SIRETs an address owns beyond the 409's list.
 */
export function companiesToDereference(
  ofEmail: readonly CompanyOfEmail[],
  sirets: readonly string[] | null,
): Result<readonly CompanyOfEmail[], NoCompanyForEmail | SeveralCompanies> {
  if (ofEmail.length === 0) return err({ code: "NO_COMPANY_FOR_EMAIL" });
  if (sirets === null || sirets.length === 0) {
    return ofEmail.length === 1 ? ok(ofEmail) : err({ code: "SEVERAL_COMPANIES", companies: ofEmail });
  }
  const wanted = new Set(sirets);
  const chosen = ofEmail.filter((company) => wanted.has(company.siret));
  return chosen.length === wanted.size ? ok(chosen) : err({ code: "NO_COMPANY_FOR_EMAIL" });
}

/** The stored side of a dereferencing confirmation link (its token's SHA-256, never the token). */
export type UnsubscriptionLink = Readonly<{
  id: string;
  tokenHash: string;
  email: Email;
  sirets: readonly Siret[];
  reason: string;
  expiresAt: Date;
  usedAt: Date | null;
  createdAt: Date;
}>;

/** How long the confirmation link works. */
export const UNSUBSCRIPTION_LINK_DAYS = 7;

/** A company out of search for good: the import skips its SIRET every month after. */
export type Dereferencing = Readonly<{ siret: Siret; reason: string; dereferencedAt: Date }>;
