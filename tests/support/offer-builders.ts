import type { NewOfferInput } from "../../src/application/offer/index.ts";
import type { OfferActionLink } from "../../src/domain/offer/action-link.ts";
import type { CloseReason } from "../../src/domain/offer/close-reason.ts";
import type {
  ActiveOffer,
  DeletedOffer,
  ExpiredOffer,
  FilledOffer,
  OfferFields,
} from "../../src/domain/offer/offer.ts";
import { anActiveOffer, later, NOW } from "../domain/offer/builders.ts";

export { later, NOW };

/** An active offer of TEST_FICHE published at NOW (expires NOW + 30 days), with the given id and fields. */
export function anOffer(id: string, overrides: Partial<OfferFields> = {}): ActiveOffer {
  return { ...anActiveOffer(), id, ...overrides };
}

export function anExpiredOffer(id: string, overrides: Partial<OfferFields> = {}): ExpiredOffer {
  return { ...anOffer(id, overrides), status: "expired" };
}

export function aFilledOffer(id: string, overrides: Partial<OfferFields> = {}, closedAt = later(3)): FilledOffer {
  return { ...anOffer(id, { updatedAt: closedAt, ...overrides }), status: "filled", closedAt };
}

export function aDeletedOffer(
  id: string,
  overrides: Partial<OfferFields> = {},
  close: { reason?: CloseReason; detail?: string | null; at?: Date } = {},
): DeletedOffer {
  const closedAt = close.at ?? later(4);
  return {
    ...anOffer(id, { updatedAt: closedAt, ...overrides }),
    status: "deleted",
    closedAt,
    closeReason: close.reason ?? "other",
    closeReasonDetail: close.detail === undefined ? "Le poste a été supprimé." : close.detail,
  };
}

/** An unused extend link of the offer's first life, sent at NOW; its token hash is `hash-<id>`. */
export function anActionLink(id: string, offerId: string, overrides: Partial<OfferActionLink> = {}): OfferActionLink {
  return {
    id,
    tokenHash: `hash-${id}`,
    purpose: "extend",
    offerId,
    lifeNumber: 1,
    cfaSiret: null,
    expiresAt: later(45),
    usedAt: null,
    createdAt: NOW,
    ...overrides,
  };
}

/** What a recruiter submits to publish an offer of TEST_FICHE (`POST /api/v1/offers`). */
export function aNewOffer(overrides: Partial<NewOfferInput> = {}): NewOfferInput {
  return {
    romeCode: "D1104",
    appellation: "Pâtissier / Pâtissière",
    diplomaLevel: "3",
    contractTypes: ["apprentissage"],
    startDate: "2026-09-01",
    durationMonths: 24,
    openings: 1,
    employerDescription: null,
    ...overrides,
  };
}
