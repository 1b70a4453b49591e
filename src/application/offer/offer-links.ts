import type { OfferActionLink, OfferActionPurpose } from "../../domain/offer/action-link.ts";
import { issueLinkToken } from "../shared/link-tokens.ts";
import type { OfferWriteDeps } from "./settings.ts";

/** The human pages offer emails open (docs/API.md "Action pages"); the JSON twin is /api/v1/offer-actions/{token}. */
export const OFFER_PAGE_PATHS = {
  extend: "/offres/prolonger",
  cfa_contact: "/offres/contact",
  view: "/offres",
} as const;

export function offerViewUrl(publicUrl: string, offerId: string): string {
  return `${publicUrl}${OFFER_PAGE_PATHS.view}/${encodeURIComponent(offerId)}`;
}

type Subject = Readonly<{ purpose: OfferActionPurpose; offerId: string; lifeNumber: number; cfaSiret?: string }>;

/** A fresh single-use link; the caller saves `link` in its transaction and puts `url` in the email. */
export async function prepareOfferLink(
  deps: Pick<OfferWriteDeps, "clock" | "ids" | "secrets" | "settings">,
  subject: Subject,
): Promise<{ link: OfferActionLink; url: string }> {
  const now = deps.clock.now();
  const days = subject.purpose === "extend" ? deps.settings.extendLinkDays : deps.settings.cfaContactLinkDays;
  const issued = await issueLinkToken(deps.secrets, {
    purpose: "offer_action",
    now,
    validityMinutes: days * 24 * 60,
  });
  const link: OfferActionLink = {
    id: deps.ids.next(),
    tokenHash: issued.tokenHash,
    purpose: subject.purpose,
    offerId: subject.offerId,
    lifeNumber: subject.lifeNumber,
    cfaSiret: subject.cfaSiret ?? null,
    expiresAt: issued.expiresAt,
    usedAt: null,
    createdAt: now,
  };
  return { link, url: `${deps.settings.publicUrl}${OFFER_PAGE_PATHS[subject.purpose]}/${issued.token}` };
}
