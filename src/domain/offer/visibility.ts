import { hasReachedExpiry, type Offer, type OfferStatus } from "./offer.ts";

/** The console's tabs (docs/API.md `GET /console/offers?tab=`). */
export const CONSOLE_TABS = ["active", "filled", "expired"] as const;

export type ConsoleTab = (typeof CONSOLE_TABS)[number];

/** docs/PRODUCT.md §2: deleted offers join the expired ones; filled offers keep their own tab. */
const TAB_OF_STATUS: Readonly<Record<OfferStatus, ConsoleTab>> = {
  active: "active",
  filled: "filled",
  expired: "expired",
  deleted: "expired",
};

export function consoleTab(offer: Offer): ConsoleTab {
  return TAB_OF_STATUS[offer.status];
}

/** The statuses a tab lists, read off the same table (what the console queries). */
export function statusesOfTab(tab: ConsoleTab): OfferStatus[] {
  return (Object.keys(TAB_OF_STATUS) as OfferStatus[]).filter((status) => TAB_OF_STATUS[status] === tab);
}

/**
 * Shown in search and open to applications: active and before its expiry, even if the expiry job has not run
 * yet (a closed offer leaves search at once).
 */
export function isPubliclyVisible(offer: Offer, now: Date): boolean {
  return offer.status === "active" && !hasReachedExpiry(offer, now);
}
