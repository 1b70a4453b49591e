import type { Offer } from "../../domain/offer/offer.ts";
import type { SearchIndex } from "../search/index.ts";
import { searchEntryOf } from "./offer-search-entry.ts";
import type { OfferRepository } from "./ports.ts";

/** What offers write of the search context's index (`within.search`, bound to their transaction). */
export type OfferSearchIndex = Pick<SearchIndex, "put" | "remove">;

/**
 * The offer repository of a unit of work, with the offer's search entry kept in step in the same transaction
 * (docs/ARCHITECTURE.md "Dependency rules": a closed offer leaves search when its transaction commits). Every
 * stored change goes through `insert` or `update`, so every write path is covered: publication, edit, extension,
 * closing, the expiry and reminder jobs, email links, the organisation closing. A rolled-back transaction takes
 * the entry's change with it; a refused update (`conflict`) writes nothing.
 */
export function withSearchEntries(offers: OfferRepository, search: OfferSearchIndex): OfferRepository {
  const project = async (offer: Offer) => {
    const entry = searchEntryOf(offer);
    if (entry) await search.put([entry]);
    else await search.remove("offer", [offer.id]);
  };
  return {
    ...offers,
    async insert(offer) {
      await offers.insert(offer);
      const entry = searchEntryOf(offer);
      if (entry) await search.put([entry]);
    },
    async update(offer) {
      const outcome = await offers.update(offer);
      if (outcome === "updated") await project(offer);
      return outcome;
    },
  };
}
