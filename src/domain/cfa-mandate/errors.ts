import type { Siret } from "../shared/siret.ts";

/** Refusals of the CFA-mandate context; the HTTP catalogue gives each code its status and French detail. */

/** Partner companies belong to training centres: a company account acting for itself cannot add one. */
export type CfaOnly = Readonly<{ code: "CFA_ONLY"; organisationId: string }>;

/** This SIRET is already one of the CFA's partner companies (one mandate per CFA and SIRET). */
export type PartnerExists = Readonly<{ code: "PARTNER_EXISTS"; cfaOrganisationId: string; siret: Siret }>;

/**
 * The company contact is the CFA itself (docs/PRODUCT.md §3, anti-fraud): `field` says what gave it away, its phone,
 * its email, or an email at the CFA user's own private domain.
 */
export type ContactSameAsCfa = Readonly<{ code: "CONTACT_SAME_AS_CFA"; field: "phone" | "email" | "emailDomain" }>;
