import type { PartnerOfferStore } from "../../application/partner-offer/ports.ts";
import type { PartnerOffer } from "../../domain/partner-offer/partner-offer.ts";

/** The in-memory France Travail offers (tests, and the contract suite's reference). `changedAt` is kept per id. */
export function createMemoryPartnerOfferStore(initial: readonly PartnerOffer[] = []) {
  const offers = new Map<string, PartnerOffer>(initial.map((offer) => [offer.id, offer]));
  const changedAt = new Map<string, Date>();
  const store: PartnerOfferStore = {
    find: async (id) => offers.get(id) ?? null,
    findMany: async (ids) =>
      new Map(ids.flatMap((id) => (offers.has(id) ? [[id, offers.get(id) as PartnerOffer] as const] : []))),
    async save(saved, now) {
      for (const offer of saved) {
        offers.set(offer.id, offer);
        changedAt.set(offer.id, now);
      }
    },
    activeIds: async () => [...offers.values()].filter((offer) => offer.status === "active").map((offer) => offer.id),
    async withdraw(ids, now) {
      for (const id of ids) {
        const offer = offers.get(id);
        if (offer?.status !== "active") continue;
        offers.set(id, { ...offer, status: "withdrawn" });
        changedAt.set(id, now);
      }
    },
    isEmpty: async () => offers.size === 0,
  };
  return Object.assign(store, {
    all: () => [...offers.values()],
    changedAtOf: (id: string) => changedAt.get(id) ?? null,
  });
}
