import { type PartnerOffer, sameOffer } from "../../domain/partner-offer/partner-offer.ts";
import type { SearchEntry, SearchIndex } from "../search/index.ts";
import type { UnitOfWork } from "../shared/ports.ts";
import { partnerOfferSearchEntry } from "./partner-offer-search-entry.ts";
import type { PartnerOfferSource, PartnerOfferStore } from "./ports.ts";

export type SyncDeps = Readonly<{
  source: PartnerOfferSource;
  /** For the withdrawal's read of active ids, outside any transaction. */
  partnerOffers: PartnerOfferStore;
  /** The offers and the search read model in one transaction. */
  unitOfWork: UnitOfWork<{ partnerOffers: PartnerOfferStore; search: SearchIndex }>;
}>;

/** Offers written per transaction (a few hundred keeps each one well under the statement timeout). */
const SYNC_BATCH_SIZE = 300;

/** Writes the new and changed offers of one batch and their search entries, a transaction per slice. */
export async function saveChanged(deps: SyncDeps, offers: readonly PartnerOffer[], now: Date) {
  let created = 0;
  let changed = 0;
  for (const slice of slices(offers)) {
    await deps.unitOfWork.run(async ({ partnerOffers, search }) => {
      const stored = await partnerOffers.findMany(slice.map((offer) => offer.id));
      const toWrite = slice.filter((offer) => {
        const before = stored.get(offer.id);
        return before === undefined || !sameOffer(before, offer);
      });
      if (toWrite.length === 0) return;
      await partnerOffers.save(toWrite, now);
      await writeSearchEntries(search, toWrite);
      created += toWrite.filter((offer) => !stored.has(offer.id)).length;
      changed += toWrite.filter((offer) => stored.has(offer.id)).length;
    });
  }
  return { created, changed };
}

/** Withdraws the active offers the complete read did not return, and takes them out of search. */
export async function withdrawUnseen(deps: SyncDeps, seen: ReadonlySet<string>, now: Date): Promise<number> {
  const unseen = (await deps.partnerOffers.activeIds()).filter((id) => !seen.has(id));
  for (const slice of slices(unseen)) {
    await deps.unitOfWork.run(async ({ partnerOffers, search }) => {
      await partnerOffers.withdraw(slice, now);
      await search.remove("partner_offer", slice);
    });
  }
  return unseen.length;
}

async function writeSearchEntries(search: SearchIndex, offers: readonly PartnerOffer[]) {
  const entries: SearchEntry[] = [];
  const unsearchable: string[] = [];
  for (const offer of offers) {
    const entry = partnerOfferSearchEntry(offer);
    if (entry) entries.push(entry);
    else unsearchable.push(offer.id);
  }
  if (entries.length > 0) await search.put(entries);
  if (unsearchable.length > 0) await search.remove("partner_offer", unsearchable);
}

function slices<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += SYNC_BATCH_SIZE) out.push(items.slice(i, i + SYNC_BATCH_SIZE));
  return out;
}
