import { describe, expect, it } from "vitest";
import { generateOfferDescription } from "../../../src/domain/offer/description.ts";
import { DAY_MS, later, OTHER_TEST_FICHE } from "../../domain/offer/builders.ts";
import { companyActor, offerOnFakes, strangerActor } from "../../support/offer-fakes.ts";

const support = { ...strangerActor, isAdmin: true, organisations: [] };

describe("editOffer", () => {
  it("changes the fields given, keeps the others and bumps updatedAt", async () => {
    const fakes = offerOnFakes();
    const before = await fakes.publish();
    fakes.clock.advance(DAY_MS);
    const changes = { openings: 2, employerDescription: "  Une équipe de test.  ", contactEmail: " Autre@Example.FR" };
    const result = await fakes.editOffer({ actor: companyActor, offerId: before.id, changes });
    const after = {
      ...before,
      openings: 2,
      employerDescription: "Une équipe de test.",
      contactEmail: "autre@example.fr",
      updatedAt: later(1),
      version: 2,
    };
    expect(result).toEqual({ ok: true, value: after });
    expect(fakes.store.offers.rows()).toEqual([after]);
  });

  it("gives a new métier its fiche's description and drops the former appellation", async () => {
    const fakes = offerOnFakes();
    const before = await fakes.publish();
    const result = await fakes.editOffer({ actor: companyActor, offerId: before.id, changes: { romeCode: "D1102" } });
    expect(result).toMatchObject({
      ok: true,
      value: {
        romeCode: "D1102",
        romeLabel: OTHER_TEST_FICHE.label,
        appellation: null,
        description: generateOfferDescription(OTHER_TEST_FICHE),
      },
    });
  });

  it("moves the workplace to a geocoded address", async () => {
    const fakes = offerOnFakes();
    const before = await fakes.publish();
    const changes = { workplaceAddress: "69100 Villeurbanne" };
    const result = await fakes.editOffer({ actor: companyActor, offerId: before.id, changes });
    expect(result).toMatchObject({ ok: true, value: { workplace: { city: "Villeurbanne", insee: "69266" } } });
  });

  it("refuses an unknown ROME code and leaves the offer as it was", async () => {
    const fakes = offerOnFakes();
    const before = await fakes.publish();
    const result = await fakes.editOffer({ actor: companyActor, offerId: before.id, changes: { romeCode: "A1101" } });
    expect(result).toMatchObject({ ok: false, error: { code: "ROME_UNKNOWN", path: "romeCode" } });
    expect(fakes.store.offers.rows()).toEqual([before]);
  });

  it("tells a member of another organisation that the offer does not exist; support may edit it", async () => {
    const fakes = offerOnFakes();
    const before = await fakes.publish();
    const changes = { openings: 3 };
    expect(await fakes.editOffer({ actor: strangerActor, offerId: before.id, changes })).toEqual({
      ok: false,
      error: { code: "OFFER_NOT_FOUND", offerId: before.id },
    });
    expect(await fakes.editOffer({ actor: companyActor, offerId: "id-unknown", changes })).toMatchObject({
      error: { code: "OFFER_NOT_FOUND" },
    });
    expect(await fakes.editOffer({ actor: support, offerId: before.id, changes })).toMatchObject({
      ok: true,
      value: { openings: 3 },
    });
  });

  it("refuses to edit an offer past its expiry, and a closed one", async () => {
    const fakes = offerOnFakes();
    const expiring = await fakes.publish();
    const closing = await fakes.publish();
    await fakes.closeOffer({ actor: companyActor, offerId: closing.id, request: { outcome: "filled" } });
    fakes.clock.advance(30 * DAY_MS);
    const changes = { openings: 2 };
    expect(await fakes.editOffer({ actor: companyActor, offerId: expiring.id, changes })).toEqual({
      ok: false,
      error: { code: "OFFER_EXPIRED", offerId: expiring.id, expiresAt: later(30) },
    });
    expect(await fakes.editOffer({ actor: companyActor, offerId: closing.id, changes })).toEqual({
      ok: false,
      error: { code: "OFFER_CLOSED", offerId: closing.id, status: "filled" },
    });
  });
});

describe("extendOffer", () => {
  it("puts an expired offer back online for 30 days from now, in a new life", async () => {
    const fakes = offerOnFakes();
    const before = await fakes.publish();
    await fakes.runJob(fakes.expireOffers, later(31));
    const result = await fakes.extendOffer({ actor: companyActor, offerId: before.id });
    const extended = {
      ...before,
      status: "active",
      expiresAt: later(61),
      lifeNumber: 2,
      remindersSent: [],
      updatedAt: later(31),
      version: 3, // published, expired, extended
    };
    expect(result).toEqual({ ok: true, value: extended });
    expect(fakes.store.offers.rows()).toEqual([extended]);
  });

  it("refuses a closed offer, and answers not found to another organisation", async () => {
    const fakes = offerOnFakes();
    const offer = await fakes.publish();
    expect(await fakes.extendOffer({ actor: strangerActor, offerId: offer.id })).toMatchObject({
      error: { code: "OFFER_NOT_FOUND" },
    });
    const request = { outcome: "deleted", reason: "no_longer_hiring" } as const;
    await fakes.closeOffer({ actor: companyActor, offerId: offer.id, request });
    expect(await fakes.extendOffer({ actor: companyActor, offerId: offer.id })).toEqual({
      ok: false,
      error: { code: "OFFER_CLOSED", offerId: offer.id, status: "deleted" },
    });
  });
});

describe("closeOffer", () => {
  it("marks an offer filled, for good", async () => {
    const fakes = offerOnFakes();
    const before = await fakes.publish();
    fakes.clock.advance(DAY_MS);
    const result = await fakes.closeOffer({ actor: companyActor, offerId: before.id, request: { outcome: "filled" } });
    const filled = { ...before, status: "filled", closedAt: later(1), updatedAt: later(1), version: 2 };
    expect(result).toEqual({ ok: true, value: filled });
    expect(fakes.store.offers.rows()).toEqual([filled]);
    expect(await fakes.closeOffer({ actor: companyActor, offerId: before.id, request: { outcome: "filled" } })).toEqual(
      {
        ok: false,
        error: { code: "OFFER_CLOSED", offerId: before.id, status: "filled" },
      },
    );
  });

  it("deletes an offer with its reason, an expired one too", async () => {
    const fakes = offerOnFakes();
    const before = await fakes.publish();
    await fakes.runJob(fakes.expireOffers, later(30));
    const request = { outcome: "deleted", reason: "other", reasonDetail: "  Le poste a changé. " } as const;
    const result = await fakes.closeOffer({ actor: companyActor, offerId: before.id, request });
    const deleted = {
      ...before,
      status: "deleted",
      closedAt: later(30),
      closeReason: "other",
      closeReasonDetail: "Le poste a changé.",
      updatedAt: later(30),
      version: 3, // published, expired, deleted
    };
    expect(result).toEqual({ ok: true, value: deleted });
    expect(fakes.store.offers.rows()).toEqual([deleted]);
  });

  it.each([
    [{ outcome: "deleted" } as const, "CLOSE_REASON_REQUIRED"],
    [{ outcome: "deleted", reason: "other", reasonDetail: "   " } as const, "CLOSE_REASON_DETAIL_REQUIRED"],
  ])("refuses a deletion without its reason (%o), leaving the offer online", async (request, code) => {
    const fakes = offerOnFakes();
    const before = await fakes.publish();
    expect(await fakes.closeOffer({ actor: companyActor, offerId: before.id, request })).toMatchObject({
      ok: false,
      error: { code },
    });
    expect(fakes.store.offers.rows()).toEqual([before]);
  });

  it("answers not found to a member of another organisation", async () => {
    const fakes = offerOnFakes();
    const before = await fakes.publish();
    const request = { outcome: "filled" } as const;
    expect(await fakes.closeOffer({ actor: strangerActor, offerId: before.id, request })).toEqual({
      ok: false,
      error: { code: "OFFER_NOT_FOUND", offerId: before.id },
    });
    expect(fakes.store.offers.rows()).toEqual([before]);
  });
});
