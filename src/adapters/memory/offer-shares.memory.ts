import type { OfferShareRepository } from "../../application/offer/ports.ts";

type MemoryOfferShare = Readonly<{ offerId: string; cfaSiret: string; sharedAt: Date }>;

export type MemoryOfferShareRepository = OfferShareRepository &
  Readonly<{
    /** The shares in order, for assertions. */
    rows(): readonly MemoryOfferShare[];
    /** Saves the state; the returned function restores it (a rolled-back UnitOfWork). */
    snapshot(): () => void;
  }>;

/** Behaves as offer-action-links.postgres.ts's share repository (tests/contracts/offer-shares.contract.ts). */
export function createMemoryOfferShareRepository(): MemoryOfferShareRepository {
  let rows: MemoryOfferShare[] = [];
  return {
    async add(offerId, cfaSiret, now) {
      if (rows.some((row) => row.offerId === offerId && row.cfaSiret === cfaSiret)) return "exists";
      rows = [...rows, { offerId, cfaSiret, sharedAt: now }];
      return "added";
    },
    async listSirets(offerId) {
      return rows
        .filter((row) => row.offerId === offerId)
        .map((row) => row.cfaSiret)
        .sort();
    },
    rows: () => rows,
    snapshot() {
      const saved = rows;
      return () => {
        rows = saved;
      };
    },
  };
}
