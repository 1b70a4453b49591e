import type { PartnerOffer, PartnerOfferContent } from "../../domain/partner-offer/partner-offer.ts";

/** One batch of the source: offers read, how many it could not use, and its estimate of the whole (null: none). */
export type PartnerOfferBatch = Readonly<{
  offers: readonly PartnerOfferContent[];
  rejected: number;
  total: number | null;
}>;

/**
 * France Travail's current apprenticeship (E2) and professionalisation (FS) offers, read whole, batch by batch
 * (the real API, or the offline demo file). An offer may come twice (the query is split several ways): the
 * caller keeps one. Throws `PartnerOffersUnavailable` when the source cannot answer; the batches yielded before
 * stay valid, but the read is incomplete.
 */
export interface PartnerOfferSource {
  /** A short name for logs ("france-travail", "demo-file"). */
  readonly name: string;
  batches(): AsyncIterable<PartnerOfferBatch>;
}

/** The source stopped answering (network, 5xx, retries exhausted, unreadable answer, token refused). */
export class PartnerOffersUnavailable extends Error {
  override readonly name = "PartnerOffersUnavailable";
}

/**
 * The copy of France Travail's offers, withdrawn ones included (status `withdrawn`). Bound to a transaction in
 * the sync, to the database for the reads.
 */
export interface PartnerOfferStore {
  /** null when unknown (a withdrawn offer is returned: the caller decides). */
  find(id: string): Promise<PartnerOffer | null>;
  /** The stored offers among `ids` (any status), by id. */
  findMany(ids: readonly string[]): Promise<ReadonlyMap<string, PartnerOffer>>;
  /** Inserts these offers or replaces those of the same id; `now` is when our copy changed. */
  save(offers: readonly PartnerOffer[], now: Date): Promise<void>;
  /** Every active offer's id. */
  activeIds(): Promise<string[]>;
  /** Marks these offers withdrawn (unknown or already withdrawn ones are left as they are). */
  withdraw(ids: readonly string[], now: Date): Promise<void>;
  isEmpty(): Promise<boolean>;
}
