/**
 * A single-use link an offer email carries (docs/API.md "Action pages"): "extend" from a reminder or an expiry notice,
 * "cfa_contact" for a training centre the offer was shared with, to see the recruiter's contact. Only the
 * SHA-256 of its token is stored.
 */
export type OfferActionPurpose = "extend" | "cfa_contact";

export type OfferActionLink = Readonly<{
  id: string;
  tokenHash: string;
  purpose: OfferActionPurpose;
  offerId: string;
  /** The offer's life when the link was sent: an extend link serves once, in that life only. */
  lifeNumber: number;
  /** The training establishment a "cfa_contact" link was sent to. */
  cfaSiret: string | null;
  expiresAt: Date;
  usedAt: Date | null;
  createdAt: Date;
}>;
