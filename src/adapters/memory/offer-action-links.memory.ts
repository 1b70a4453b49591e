import type { OfferActionLinkRepository } from "../../application/offer/ports.ts";
import type { OfferActionLink } from "../../domain/offer/action-link.ts";

export type MemoryOfferActionLinkRepository = OfferActionLinkRepository &
  Readonly<{
    /** The saved links in order, for assertions. */
    rows(): readonly OfferActionLink[];
    /** Saves the state; the returned function restores it (a rolled-back UnitOfWork). */
    snapshot(): () => void;
  }>;

/** Behaves as offer-action-links.postgres.ts (tests/contracts/offer-action-links.contract.ts). */
export function createMemoryOfferActionLinkRepository(): MemoryOfferActionLinkRepository {
  let rows: OfferActionLink[] = [];
  return {
    async save(link) {
      // Id and token hash are unique in the table: a second row with either is rejected.
      if (rows.some((row) => row.id === link.id || row.tokenHash === link.tokenHash)) {
        throw new Error(`offer_action_links: duplicate id or token hash for ${link.id}`);
      }
      rows = [...rows, link];
    },
    findByTokenHash: async (tokenHash) => rows.find((row) => row.tokenHash === tokenHash) ?? null,
    async markUsed(id, now) {
      // No await between the check and the write: nothing else runs in between, as with `where used_at is null`.
      const link = rows.find((row) => row.id === id);
      if (!link || link.usedAt !== null) return false;
      rows = rows.map((row) => (row.id === id ? { ...row, usedAt: now } : row));
      return true;
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
