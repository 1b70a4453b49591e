import type { PartnerOffer } from "../../domain/partner-offer/partner-offer.ts";
import { type PartnerOfferSyncSummary, partnerOfferSyncMessage } from "../../domain/partner-offer/sync-summary.ts";
import type { JobProgress } from "../scheduling/index.ts";
import { PartnerOffersUnavailable } from "./ports.ts";
import { type SyncDeps, saveChanged, withdrawUnseen } from "./sync-writes.ts";

/**
 * The daily France Travail sync (job `partner-offers:sync`): reads the whole source, writes the new and changed
 * offers with their search entries batch by batch (each batch one transaction), then, only when every batch came,
 * withdraws the offers France Travail no longer returns. An outage stops the run with what was written kept and
 * nothing withdrawn; an unchanged offer is not written at all.
 */
export function syncPartnerOffers(deps: SyncDeps) {
  return async (now: Date, progress: JobProgress): Promise<PartnerOfferSyncSummary> => {
    const seen = new Set<string>();
    let counts = { read: 0, created: 0, changed: 0, withdrawn: 0, complete: false };
    try {
      for await (const batch of deps.source.batches()) {
        if (batch.total !== null) progress.total(batch.total);
        const fresh = batch.offers.filter((offer) => !seen.has(offer.id));
        for (const offer of fresh) seen.add(offer.id);
        const offers: PartnerOffer[] = fresh.map((offer) => ({ ...offer, status: "active" }));
        const written = await saveChanged(deps, offers, now);
        counts = { ...counts, read: counts.read + fresh.length, ...sum(counts, written) };
        progress.advance(batch.offers.length + batch.rejected);
      }
    } catch (failure) {
      if (!(failure instanceof PartnerOffersUnavailable)) throw failure;
      return { ...counts, message: partnerOfferSyncMessage(counts) };
    }
    const withdrawn = await withdrawUnseen(deps, seen, now);
    const done = { ...counts, withdrawn, complete: true };
    return { ...done, message: partnerOfferSyncMessage(done) };
  };
}

function sum(counts: { created: number; changed: number }, written: { created: number; changed: number }) {
  return { created: counts.created + written.created, changed: counts.changed + written.changed };
}
