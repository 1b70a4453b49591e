import { describe, expect, it } from "vitest";
import { DAY_MS, later } from "../../domain/offer/builders.ts";
import { COMPANY_USER, companyActor, offerOnFakes } from "../../support/offer-fakes.ts";

const J7 = new Date("2026-04-02T06:00:00Z");

/** An offer reminded at J-7: the token of its email's extend link. */
async function remindedOffer() {
  const fakes = offerOnFakes();
  const offer = await fakes.publish();
  await fakes.runJob(fakes.remindOffers, J7);
  return { fakes, offer, token: fakes.tokenSentTo(COMPANY_USER.email, "extend") };
}

describe("actOnOfferAction with an extend link", () => {
  it("extends the offer for 30 days from now, in a new life, and spends the link", async () => {
    const { fakes, offer, token } = await remindedOffer();
    fakes.clock.set(later(1, J7));
    const result = await fakes.actOnOfferAction({ token });
    const expiresAt = later(31, J7);
    expect(result).toEqual({
      ok: true,
      value: { purpose: "extend", offerId: offer.id, offerTitle: "Pâtissier / Pâtissière", expiresAt },
    });
    expect(fakes.store.offers.rows()).toEqual([
      // Published, reminded, extended: three stored revisions.
      { ...offer, expiresAt, lifeNumber: 2, remindersSent: [], updatedAt: later(1, J7), version: 3 },
    ]);
    expect(fakes.store.offerActionLinks.rows()).toEqual([expect.objectContaining({ usedAt: later(1, J7) })]);
  });

  it("serves once: a second use is refused and changes nothing", async () => {
    const { fakes, token } = await remindedOffer();
    await fakes.actOnOfferAction({ token });
    const after = fakes.store.offers.rows();
    expect(await fakes.actOnOfferAction({ token })).toEqual({
      ok: false,
      error: { code: "LINK_INVALID", reason: "used" },
    });
    expect(fakes.store.offers.rows()).toEqual(after);
  });

  it("shows what it will do without doing it", async () => {
    const { fakes, offer, token } = await remindedOffer();
    expect(await fakes.previewOfferAction({ token })).toEqual({
      ok: true,
      value: {
        purpose: "extend",
        offerId: offer.id,
        offerTitle: "Pâtissier / Pâtissière",
        status: "active",
        expiresAt: offer.expiresAt,
      },
    });
    expect(fakes.store.offerActionLinks.rows()).toEqual([expect.objectContaining({ usedAt: null })]);
    expect(fakes.store.offers.rows()).toEqual([{ ...offer, remindersSent: [{ kind: "J-7", sentAt: J7 }], version: 2 }]);
  });

  it("puts an expired offer back online from the expiry email's link", async () => {
    const fakes = offerOnFakes();
    const offer = await fakes.publish();
    await fakes.runJob(fakes.expireOffers, later(30));
    fakes.clock.set(later(40));
    const result = await fakes.actOnOfferAction({ token: fakes.tokenSentTo(COMPANY_USER.email, "extend") });
    expect(result).toMatchObject({ ok: true, value: { offerId: offer.id, expiresAt: later(70) } });
    expect(fakes.store.offers.rows()).toEqual([expect.objectContaining({ status: "active", lifeNumber: 2 })]);
  });

  it("is refused once the offer lives a new life, was closed, or the link outlived its 45 days", async () => {
    const extendedMeanwhile = await remindedOffer();
    await extendedMeanwhile.fakes.extendOffer({ actor: companyActor, offerId: extendedMeanwhile.offer.id });
    expect(await extendedMeanwhile.fakes.actOnOfferAction({ token: extendedMeanwhile.token })).toEqual({
      ok: false,
      error: { code: "LINK_INVALID", reason: "expired" },
    });

    const closedMeanwhile = await remindedOffer();
    const request = { outcome: "filled" } as const;
    await closedMeanwhile.fakes.closeOffer({ actor: companyActor, offerId: closedMeanwhile.offer.id, request });
    expect(await closedMeanwhile.fakes.actOnOfferAction({ token: closedMeanwhile.token })).toMatchObject({
      error: { reason: "expired" },
    });

    const late = await remindedOffer();
    late.fakes.clock.set(new Date(J7.getTime() + 45 * DAY_MS));
    expect(await late.fakes.actOnOfferAction({ token: late.token })).toMatchObject({ error: { reason: "expired" } });
    expect(late.fakes.store.offerActionLinks.rows()).toEqual([expect.objectContaining({ usedAt: null })]);
  });

  it("knows no token it did not send", async () => {
    const { fakes } = await remindedOffer();
    expect(await fakes.actOnOfferAction({ token: "A".repeat(43) })).toEqual({
      ok: false,
      error: { code: "LINK_INVALID", reason: "unknown" },
    });
  });
});
