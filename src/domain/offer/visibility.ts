import { hasReachedExpiry, type Offer } from "./offer.ts";

/** The console's tabs (API.md `GET /console/offers?tab=`). */
export const CONSOLE_TABS = ["active", "filled", "expired"] as const;

export type ConsoleTab = (typeof CONSOLE_TABS)[number];

/** PRODUCT.md §2: deleted offers join the expired ones; filled offers keep their own tab. */
export function consoleTab(offer: Offer): ConsoleTab {
  switch (offer.status) {
    case "active":
      return "active";
    case "filled":
      return "filled";
    case "expired":
    case "deleted":
      return "expired";
  }
}

/**
 * Shown in search and open to applications: active and before its expiry, even if the expiry job has not run
 * yet (a closed offer leaves search at once).
 */
export function isPubliclyVisible(offer: Offer, now: Date): boolean {
  return offer.status === "active" && !hasReachedExpiry(offer, now);
}
