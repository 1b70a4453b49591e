import type { Offer } from "../../domain/offer/offer.ts";
import type { UnitOfWork } from "../shared/ports.ts";
import type { OfferPosters } from "./offer-context.ts";
import type { OfferRepos, OfferRepository } from "./ports.ts";
import { publicEmployerOf } from "./read-offers.ts";

const BATCH = 200;

type NamingDeps = Readonly<{
  /** Reads outside a transaction (the posters read other contexts: never inside a unit of work). */
  offers: OfferRepository;
  posters: OfferPosters;
  unitOfWork: UnitOfWork<Pick<OfferRepos, "offers">>;
}>;

/**
 * Start-up work: offers published before the employer's name was kept on them get it, as the public sees it
 * (publicEmployerOf), and with it their search entry (the unit of work's repository writes it), so the read model
 * also holds the offers already in the database. Once every offer is named, a start reads one empty page. An offer
 * changed meanwhile (`conflict`) is named at the next round or the next start.
 */
export function nameOffersEmployers(deps: NamingDeps) {
  return async (): Promise<{ named: number }> => {
    let named = 0;
    for (;;) {
      const unnamed = await deps.offers.listWithoutEmployerName(BATCH);
      if (unnamed.length === 0) break;
      const withNames: Offer[] = [];
      for (const offer of unnamed) {
        withNames.push({ ...offer, employerName: (await publicEmployerOf(deps.posters, offer)).name });
      }
      const stored = await deps.unitOfWork.run(async (repos) => {
        let updated = 0;
        for (const offer of withNames) if ((await repos.offers.update(offer)) === "updated") updated++;
        return updated;
      });
      named += stored;
      if (stored === 0) break;
    }
    return { named };
  };
}
