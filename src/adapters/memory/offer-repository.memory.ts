import type { FeedPosition, OfferRepository } from "../../application/offer/ports.ts";
import type { ActiveOffer, Offer } from "../../domain/offer/offer.ts";
import { compareCodePoints } from "../../domain/shared/search-text.ts";

export type MemoryOfferRepository = OfferRepository &
  Readonly<{
    /** The stored offers in insertion order, for assertions. */
    rows(): readonly Offer[];
    /** Saves the state; the returned function restores it (a rolled-back UnitOfWork). */
    snapshot(): () => void;
  }>;

/** Behaves as offers.postgres.ts (tests/contracts/offer-repository.contract.ts). */
export function createMemoryOfferRepository(): MemoryOfferRepository {
  let table = new Map<string, Offer>();
  const all = () => [...table.values()];
  return {
    async insert(offer) {
      // The primary key: Postgres rejects the statement (23505), and so does the fake.
      if (table.has(offer.id)) throw new Error(`offers: duplicate id ${offer.id}`);
      table.set(offer.id, offer);
    },
    async update(offer) {
      // No await between the check and the write, as the conditional UPDATE of offers.postgres.ts.
      if (table.get(offer.id)?.version !== offer.version) return "conflict";
      table.set(offer.id, { ...offer, version: offer.version + 1 });
      return "updated";
    },
    findById: async (id) => table.get(id) ?? null,
    async listByOrganisation(organisationId, statuses) {
      return all()
        .filter((offer) => offer.organisationId === organisationId && statuses.includes(offer.status))
        .sort(newestFirst);
    },
    async listActiveExpiringBefore(instant, limit) {
      return all()
        .filter(
          (offer): offer is ActiveOffer => offer.status === "active" && offer.expiresAt.getTime() <= instant.getTime(),
        )
        .sort(soonestFirst)
        .slice(0, limit);
    },
    async listOnline(now, limit) {
      return all()
        .filter((offer) => offer.status === "active" && offer.expiresAt.getTime() > now.getTime())
        .sort((a, b) => b.updatedAt.getTime() - a.updatedAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
        .slice(0, limit)
        .map(({ id, updatedAt }) => ({ id, updatedAt }));
    },
    async listChangedAfter(cursor, limit) {
      return all()
        .filter((offer) => cursor === null || inFeedOrder(cursor, offer) < 0)
        .sort(inFeedOrder)
        .slice(0, limit);
    },
    async listOpenByOrganisation(organisationId) {
      return all().filter(
        (offer) => offer.organisationId === organisationId && (offer.status === "active" || offer.status === "expired"),
      );
    },
    async listWithoutEmployerName(limit) {
      return all()
        .filter((offer) => offer.employerName === null)
        .sort(oldestFirst)
        .slice(0, limit);
    },
    rows: all,
    snapshot() {
      const saved = new Map(table);
      return () => {
        table = saved;
      };
    },
  };
}

/** createdAt descending, then id. */
function newestFirst(a: Offer, b: Offer): number {
  return b.createdAt.getTime() - a.createdAt.getTime() || compareCodePoints(a.id, b.id);
}

/** createdAt ascending, then id. */
function oldestFirst(a: Offer, b: Offer): number {
  return a.createdAt.getTime() - b.createdAt.getTime() || compareCodePoints(a.id, b.id);
}

/** expiresAt ascending, then id. */
function soonestFirst(a: Offer, b: Offer): number {
  return a.expiresAt.getTime() - b.expiresAt.getTime() || compareCodePoints(a.id, b.id);
}

/** (updatedAt, id), ids byte-wise as `collate "C"` compares them. */
function inFeedOrder(a: FeedPosition, b: FeedPosition): number {
  return a.updatedAt.getTime() - b.updatedAt.getTime() || compareCodePoints(a.id, b.id);
}
