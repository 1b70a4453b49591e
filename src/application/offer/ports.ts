import type { OfferActionLink } from "../../domain/offer/action-link.ts";
import type { ActiveOffer, Offer, OfferStatus, Workplace } from "../../domain/offer/offer.ts";
import type { Siret } from "../../domain/shared/siret.ts";
import type { Outbox } from "../messaging/index.ts";

/** Offers, written inside a unit of work with the emails they cause. */
export interface OfferRepository {
  insert(offer: Offer): Promise<void>;
  /**
   * Replaces the stored offer (same id) if it is still at `offer.version`, and stores it as `offer.version + 1`
   * (docs/adr/0018). `"conflict"` when another write came first (or the offer is gone): nothing is written, and
   * on PostgreSQL a concurrent writer's transaction is waited for, then re-checked.
   */
  update(offer: Offer): Promise<"updated" | "conflict">;
  findById(id: string): Promise<Offer | null>;
  /** The organisation's offers in these statuses, newest first. */
  listByOrganisation(organisationId: string, statuses: readonly OfferStatus[]): Promise<Offer[]>;
  /** Active offers whose expiry instant is at or before `instant`, soonest first, at most `limit`. */
  listActiveExpiringBefore(instant: Date, limit: number): Promise<ActiveOffer[]>;
  /** The online offers (active, before their expiry instant) as a sitemap lists them, most recently changed first. */
  listOnline(now: Date, limit: number): Promise<OnlineOffer[]>;
  /** Every offer changed after the cursor, in (updatedAt, id) order: the partner feed. */
  listChangedAfter(cursor: FeedPosition | null, limit: number): Promise<Offer[]>;
  /** The active and expired offers of an organisation (those a stopping organisation must close). */
  listOpenByOrganisation(organisationId: string): Promise<Offer[]>;
  /** Offers published before their employer's name was kept (`employerName` null), oldest first, at most `limit`. */
  listWithoutEmployerName(limit: number): Promise<Offer[]>;
}

/** A position in the (updatedAt, id) order of the partner feed. */
export type FeedPosition = Readonly<{ updatedAt: Date; id: string }>;

export interface OfferActionLinkRepository {
  save(link: OfferActionLink): Promise<void>;
  findByTokenHash(tokenHash: string): Promise<OfferActionLink | null>;
  /** Marks it used unless it already is, atomically: false when a concurrent use won. */
  markUsed(id: string, now: Date): Promise<boolean>;
}

/** The training establishments an offer was sent to; each at most once. */
export interface OfferShareRepository {
  add(offerId: string, cfaSiret: string, now: Date): Promise<"added" | "exists">;
  listSirets(offerId: string): Promise<string[]>;
}

/** How many applications each offer received: the applications context answers; zero until it exists. */
export interface ApplicationCounter {
  countByOffer(offerIds: readonly string[]): Promise<ReadonlyMap<string, number>>;
}

/** The company an offer is for: the posting company itself, or a CFA's partner company (mandat). */
export type OfferCompany = Readonly<{
  siret: Siret;
  name: string;
  workplace: Workplace;
  opco: Readonly<{ code: string; label: string }> | null;
}>;

/** What the offer context reads about the organisation that posts (recruiter and CFA-mandate contexts). */
export interface OfferPosters {
  /** The company's own establishment, for a company account; null when unknown. */
  companyOf(organisationId: string): Promise<OfferCompany | null>;
  /** One of this CFA's partner companies, null when the SIRET is not its partner. */
  partnerOf(cfaOrganisationId: string, siret: string): Promise<OfferCompany | null>;
  /** The organisation's public name (brand or legal name) and its kind; null when unknown. */
  organisation(organisationId: string): Promise<Readonly<{ name: string; kind: "company" | "cfa" }> | null>;
  /** The phone of a person, for the CFA contact of a CFA-posted offer. */
  phoneOf(userId: string): Promise<string | null>;
}

/** What an offer use case may write in its one transaction. */
/** What a sitemap needs of an online offer. */
type OnlineOffer = Readonly<{ id: string; updatedAt: Date }>;

export type OfferRepos = Readonly<{
  offers: OfferRepository;
  offerActionLinks: OfferActionLinkRepository;
  offerShares: OfferShareRepository;
  outbox: Outbox;
  offerLifecycle: OfferLifecycle;
}>;

/** An offer was marked filled (pourvue) by its recruiter. */
export type OfferFilled = Readonly<{
  offerId: string;
  /** The recruiter's choice (on by default): tell the candidates still waiting for an answer. */
  notifyCandidates: boolean;
  at: Date;
}>;

/**
 * What other contexts do when an offer is filled (the applications context tells the waiting candidates). Called
 * inside the offer's transaction, so implementations write through their own transaction-bound repositories.
 */
export interface OfferLifecycle {
  offerFilled(event: OfferFilled): Promise<void>;
}
