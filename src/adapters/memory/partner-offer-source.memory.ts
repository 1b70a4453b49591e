import {
  type PartnerOfferBatch,
  type PartnerOfferSource,
  PartnerOffersUnavailable,
} from "../../application/partner-offer/ports.ts";
import type { PartnerOfferContent } from "../../domain/partner-offer/partner-offer.ts";

/**
 * Scripted France Travail offers, one batch per array; `failAtBatch(n)` makes the n-th batch (0-based) throw
 * PartnerOffersUnavailable, the earlier ones still coming; `setBatches` replaces the offers between syncs.
 */
export function createMemoryPartnerOfferSource(initial: readonly (readonly PartnerOfferContent[])[] = []) {
  let batches = initial;
  let failAt: number | null = null;
  const source: PartnerOfferSource = {
    name: "memory",
    async *batches(): AsyncGenerator<PartnerOfferBatch> {
      const total = batches.reduce((sum, batch) => sum + batch.length, 0);
      for (const [index, offers] of batches.entries()) {
        if (index === failAt) throw new PartnerOffersUnavailable(`batch ${index} scripted to fail`);
        yield { offers, rejected: 0, total };
      }
    },
  };
  return Object.assign(source, {
    failAtBatch(index: number | null) {
      failAt = index;
    },
    setBatches(next: readonly (readonly PartnerOfferContent[])[]) {
      batches = next;
    },
  });
}
