import { editOffer as edit, type OfferChanges } from "../../domain/offer/edit.ts";
import type { OfferClosed, OfferCloseRefusal, OfferEditRefusal } from "../../domain/offer/errors.ts";
import { type CloseRequest, closeOffer as close, extendOffer as extend } from "../../domain/offer/lifecycle.ts";
import type { ActiveOffer, ClosedOffer, Offer } from "../../domain/offer/offer.ts";
import { type EmailError, parseEmail } from "../../domain/shared/email.ts";
import { err, ok, type Result } from "../../domain/shared/result.ts";
import type { RomeCode } from "../../domain/shared/rome-code.ts";
import {
  checkExpectedVersion,
  nextRevision,
  type VersionConflict,
  versionConflict,
} from "../../domain/shared/version-conflict.ts";
import type { Geocoder } from "../geocoding/index.ts";
import type { Actor } from "../identity/index.ts";
import type { RomeReferential } from "../referential/index.ts";
import type { AddressNotFound } from "./create-offer.ts";
import { mayManage, type OfferNotFound, offerNotFound } from "./offer-context.ts";
import type { OfferRepos, OfferWriteDeps } from "./settings.ts";

/** The offer if the actor may manage it; otherwise, as for an unknown id, OFFER_NOT_FOUND (404). */
export async function findManagedOffer(
  repos: Pick<OfferRepos, "offers">,
  actor: Actor,
  offerId: string,
): Promise<Result<Offer, OfferNotFound>> {
  const offer = await repos.offers.findById(offerId);
  return offer && mayManage(actor, offer) ? ok(offer) : err(offerNotFound(offerId));
}

/** As findManagedOffer; a stored revision newer than `expectedVersion` (what the console showed) is CONFLICT. */
async function findManagedRevision(
  repos: Pick<OfferRepos, "offers">,
  actor: Actor,
  offerId: string,
  expectedVersion: number | undefined,
): Promise<Result<Offer, OfferNotFound | VersionConflict>> {
  const found = await findManagedOffer(repos, actor, offerId);
  return found.ok ? checkExpectedVersion("offer", found.value, expectedVersion) : found;
}

/** Writes a decided change; CONFLICT when another write came first. Call it before any other write of the unit. */
async function save<O extends Offer>(repos: Pick<OfferRepos, "offers">, offer: O): Promise<Result<O, VersionConflict>> {
  const saved = await repos.offers.update(offer);
  return saved === "updated" ? ok(nextRevision(offer)) : err(versionConflict("offer", offer.id));
}

/** The revision the client last read, for the writes of the console. */
type Expected = Readonly<{ expectedVersion?: number | undefined }>;

export type OfferEditInput = Omit<OfferChanges, "contactEmail" | "workplace" | "romeCode"> &
  Readonly<{ romeCode?: string; contactEmail?: string; workplaceAddress?: string }>;

/** `PATCH /api/v1/offers/{id}`: every field of a live offer (docs/PRODUCT.md §2). */
export function editOffer(deps: OfferWriteDeps & { romeReferential: RomeReferential; geocoder: Geocoder }) {
  return async (
    input: Expected & { actor: Actor; offerId: string; changes: OfferEditInput },
  ): Promise<
    Result<ActiveOffer, OfferNotFound | OfferEditRefusal | EmailError | AddressNotFound | VersionConflict>
  > => {
    const { contactEmail, workplaceAddress, romeCode, ...rest } = input.changes;
    let changes: OfferChanges = { ...rest, ...(romeCode ? { romeCode: romeCode as RomeCode } : {}) };
    if (contactEmail !== undefined) {
      const parsed = parseEmail(contactEmail);
      if (!parsed.ok) return parsed;
      changes = { ...changes, contactEmail: parsed.value };
    }
    if (workplaceAddress?.trim()) {
      const found = await deps.geocoder.geocode(workplaceAddress);
      if (!found) return err({ code: "ADDRESS_NOT_FOUND", address: workplaceAddress.trim() });
      const { street, postcode, city, insee, latitude, longitude } = found;
      changes = { ...changes, workplace: { street, postcode, city, insee, latitude, longitude } };
    }
    // Reads outside the transaction first (PGlite deadlocks on the outer handle inside one).
    const current = await deps.unitOfWork.run((repos) =>
      findManagedRevision(repos, input.actor, input.offerId, input.expectedVersion),
    );
    if (!current.ok) return current;
    const fiche = await deps.romeReferential.findFiche(changes.romeCode ?? current.value.romeCode);
    return deps.unitOfWork.run(async (repos) => {
      // The revision read above: a change stored since (by another tab, a job) is not overwritten.
      const found = await findManagedRevision(repos, input.actor, input.offerId, current.value.version);
      if (!found.ok) return found;
      const edited = edit(found.value, changes, { now: deps.clock.now(), fiche, settings: deps.settings.rules });
      return edited.ok ? save(repos, edited.value) : edited;
    });
  };
}

/** `POST /api/v1/offers/{id}/extend`: valid N days from now again; an expired offer comes back. */
export function extendOffer(deps: OfferWriteDeps) {
  return (
    input: Expected & { actor: Actor; offerId: string },
  ): Promise<Result<ActiveOffer, OfferNotFound | OfferClosed | VersionConflict>> =>
    deps.unitOfWork.run(async (repos) => {
      const found = await findManagedRevision(repos, input.actor, input.offerId, input.expectedVersion);
      if (!found.ok) return found;
      const extended = extend(found.value, deps.clock.now(), deps.settings.rules.lifetimeDays);
      return extended.ok ? save(repos, extended.value) : extended;
    });
}

/**
 * `POST /api/v1/offers/{id}/close`: filled, or deleted with a reason; it leaves search at once. A filled offer is
 * announced (`offerFilled`) in the same transaction, so the candidates still waiting can be told
 * (`notifyCandidates`, on unless the recruiter says otherwise).
 */
export function closeOffer(deps: OfferWriteDeps) {
  return (
    input: Expected & { actor: Actor; offerId: string; request: CloseRequest; notifyCandidates?: boolean },
  ): Promise<Result<ClosedOffer, OfferNotFound | OfferCloseRefusal | VersionConflict>> =>
    deps.unitOfWork.run(async (repos) => {
      const found = await findManagedRevision(repos, input.actor, input.offerId, input.expectedVersion);
      if (!found.ok) return found;
      const now = deps.clock.now();
      const closed = close(found.value, input.request, now, deps.settings.rules);
      if (!closed.ok) return closed;
      const saved = await save(repos, closed.value);
      if (saved.ok && saved.value.status === "filled") {
        const notifyCandidates = input.notifyCandidates ?? true;
        await repos.offerLifecycle.offerFilled({ offerId: saved.value.id, notifyCandidates, at: now });
      }
      return saved;
    });
}
