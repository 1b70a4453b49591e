import type { OfferFilled, OfferLifecycle, OfferRepos } from "../../application/offer/ports.ts";
import type { UnitOfWork } from "../../application/shared/ports.ts";
import {
  createMemoryOfferActionLinkRepository,
  type MemoryOfferActionLinkRepository,
} from "./offer-action-links.memory.ts";
import { createMemoryOfferRepository, type MemoryOfferRepository } from "./offer-repository.memory.ts";
import { createMemoryOfferShareRepository, type MemoryOfferShareRepository } from "./offer-shares.memory.ts";
import { createMemoryOutbox, type MemoryOutbox } from "./outbox.memory.ts";
import { createMemoryUnitOfWork } from "./unit-of-work.memory.ts";

export type MemoryOfferRepos = Readonly<{
  offers: MemoryOfferRepository;
  offerActionLinks: MemoryOfferActionLinkRepository;
  offerShares: MemoryOfferShareRepository;
  outbox: MemoryOutbox;
  offerLifecycle: OfferLifecycle;
  /** The offerFilled announcements, in order (a rolled-back transaction's included: tests read committed state elsewhere). */
  filledOffers: OfferFilled[];
  unitOfWork: UnitOfWork<OfferRepos>;
}>;

/**
 * Every offer repository in memory, with the outbox (a fresh one, or one shared with other contexts) and a unit
 * of work that rolls all of them back when its work throws.
 */
export function createMemoryOfferRepos(outbox: MemoryOutbox = createMemoryOutbox()): MemoryOfferRepos {
  const filledOffers: OfferFilled[] = [];
  const repos = {
    offers: createMemoryOfferRepository(),
    offerActionLinks: createMemoryOfferActionLinkRepository(),
    offerShares: createMemoryOfferShareRepository(),
    outbox,
    offerLifecycle: { offerFilled: async (event: OfferFilled) => void filledOffers.push(event) },
  };
  const participants = [repos.offers, repos.offerActionLinks, repos.offerShares, outbox];
  return { ...repos, filledOffers, unitOfWork: createMemoryUnitOfWork<OfferRepos>(repos, participants) };
}
