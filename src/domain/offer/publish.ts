import type { RomeFiche } from "../referential/rome-fiche.ts";
import { ok, type Result } from "../shared/result.ts";
import type { OfferDraftRefusal } from "./errors.ts";
import { expiryFrom } from "./expiry.ts";
import type { ActiveOffer } from "./offer.ts";
import { checkOfferDraft, type OfferDraft } from "./offer-draft.ts";
import { parisDateOf } from "./paris-calendar.ts";
import type { OfferSettings } from "./settings.ts";

/** `fiche` is the referential's fiche for the draft's ROME code, null when it has none. */
export type PublishContext = Readonly<{ id: string; now: Date; fiche: RomeFiche | null; settings: OfferSettings }>;

/**
 * A new offer is published at once (docs/PRODUCT.md §2) and valid `lifetimeDays` from now. "Today", for the start
 * date, is the Paris date of `now`.
 */
export function publishOffer(
  draft: OfferDraft,
  { id, now, fiche, settings }: PublishContext,
): Result<ActiveOffer, OfferDraftRefusal> {
  const checked = checkOfferDraft(draft, { fiche, today: parisDateOf(now), settings });
  if (!checked.ok) return checked;
  return ok({
    ...checked.value,
    id,
    status: "active",
    createdAt: now,
    updatedAt: now,
    expiresAt: expiryFrom(now, settings.lifetimeDays),
    lifeNumber: 1,
    remindersSent: [],
    version: 1,
  });
}
