import { describe, expect, it } from "vitest";
import { DAY_MS, later } from "../../domain/offer/builders.ts";
import { COMPANY_USER, companyActor, offerOnFakes } from "../../support/offer-fakes.ts";

const OTHER_CONTACT = "rh@patisserie-test.fr";

describe("expireOffers", () => {
  it("takes an offer offline at its expiry instant, with the email and link to put it back, once", async () => {
    const fakes = offerOnFakes();
    const offer = await fakes.publish();
    const closed = await fakes.publish();
    await fakes.closeOffer({ actor: companyActor, offerId: closed.id, request: { outcome: "filled" } });
    const expiry = later(30);
    expect(await fakes.runJob(fakes.expireOffers, new Date(expiry.getTime() - 1))).toEqual({ expired: 0 });
    expect(await fakes.runJob(fakes.expireOffers, expiry)).toEqual({ expired: 1 });
    expect(fakes.store.offers.rows()[0]).toEqual({ ...offer, status: "expired", updatedAt: expiry, version: 2 });
    expect(fakes.store.offerActionLinks.rows()).toEqual([
      expect.objectContaining({
        purpose: "extend",
        offerId: offer.id,
        lifeNumber: 1,
        usedAt: null,
        createdAt: expiry,
        expiresAt: new Date(expiry.getTime() + 45 * DAY_MS),
      }),
    ]);
    const expiredEmails = fakes.store.outbox.rows().filter((row) => row.idempotencyKey.startsWith("offer-expired/"));
    expect(expiredEmails.map((row) => row.idempotencyKey)).toEqual([`offer-expired/${offer.id}/1`]);
    expect(fakes.tokenSentTo(COMPANY_USER.email, "extend")).toMatch(/^[A-Za-z0-9_-]{43}$/);

    const emailCount = fakes.store.outbox.rows().length;
    expect(await fakes.runJob(fakes.expireOffers, later(31))).toEqual({ expired: 0 });
    expect(fakes.store.outbox.rows()).toHaveLength(emailCount);
  });
});

describe("remindOffers", () => {
  // Published 2026-03-10 11:00 in Paris, the offers expire 2026-04-09 12:00 (CEST): J-7 is due from the Paris
  // day 2026-04-02, which starts at 2026-04-01T22:00Z; J-1 from 2026-04-08, at 2026-04-07T22:00Z.
  it("sends J-7 then J-1 once each, one email per contact listing its offers, each with its extend link", async () => {
    const fakes = offerOnFakes();
    const first = await fakes.publish();
    const second = await fakes.publish();
    const third = await fakes.publish({ contactEmail: OTHER_CONTACT });
    const remindersTo = (to: string) =>
      fakes.emailsTo(to).filter((row) => row.idempotencyKey.startsWith("offer-reminder/"));

    expect(await fakes.runJob(fakes.remindOffers, "2026-04-01T21:59:59Z")).toEqual({ reminders: 0 });
    expect(await fakes.runJob(fakes.remindOffers, "2026-04-01T22:00:00Z")).toEqual({ reminders: 2 });
    expect(remindersTo(COMPANY_USER.email).map((row) => row.idempotencyKey)).toEqual([
      `offer-reminder/J-7/${first.id}.1`,
    ]);
    expect(remindersTo(OTHER_CONTACT).map((row) => row.idempotencyKey)).toEqual([`offer-reminder/J-7/${third.id}.1`]);
    expect(fakes.tokensSentTo(COMPANY_USER.email, "extend")).toHaveLength(2);
    const sentAt = new Date("2026-04-01T22:00:00Z");
    for (const offer of fakes.store.offers.rows()) expect(offer.remindersSent).toEqual([{ kind: "J-7", sentAt }]);
    expect(fakes.store.offerActionLinks.rows().map((link) => [link.offerId, link.purpose, link.lifeNumber])).toEqual([
      [first.id, "extend", 1],
      [second.id, "extend", 1],
      [third.id, "extend", 1],
    ]);

    expect(await fakes.runJob(fakes.remindOffers, "2026-04-03T08:00:00Z")).toEqual({ reminders: 0 });
    expect(await fakes.runJob(fakes.remindOffers, "2026-04-07T21:59:59Z")).toEqual({ reminders: 0 });
    expect(await fakes.runJob(fakes.remindOffers, "2026-04-07T22:00:00Z")).toEqual({ reminders: 2 });
    expect(await fakes.runJob(fakes.remindOffers, "2026-04-08T12:00:00Z")).toEqual({ reminders: 0 });
    expect(remindersTo(COMPANY_USER.email).map((row) => row.idempotencyKey)).toEqual([
      `offer-reminder/J-7/${first.id}.1`,
      `offer-reminder/J-1/${first.id}.1`,
    ]);
    expect(fakes.store.offers.rows().map((offer) => offer.remindersSent.map((sent) => sent.kind))).toEqual([
      ["J-7", "J-1"],
      ["J-7", "J-1"],
      ["J-7", "J-1"],
    ]);
  });

  it("sends only J-1 when the first run comes after J-7's day, and never J-7 afterwards", async () => {
    const fakes = offerOnFakes();
    const offer = await fakes.publish();
    expect(await fakes.runJob(fakes.remindOffers, "2026-04-08T06:00:00Z")).toEqual({ reminders: 1 });
    expect(await fakes.runJob(fakes.remindOffers, "2026-04-08T07:00:00Z")).toEqual({ reminders: 0 });
    expect(fakes.store.offers.rows()[0]?.remindersSent).toEqual([
      { kind: "J-1", sentAt: new Date("2026-04-08T06:00:00Z") },
    ]);
    expect(fakes.emailsTo(COMPANY_USER.email).map((row) => row.idempotencyKey)).toEqual([
      `offer-published/${offer.id}`,
      `offer-reminder/J-1/${offer.id}.1`,
    ]);
  });

  it("re-arms the reminders of an offer extended after its J-7", async () => {
    const fakes = offerOnFakes();
    const offer = await fakes.publish();
    await fakes.runJob(fakes.remindOffers, "2026-04-02T06:00:00Z");
    const extended = await fakes.extendOffer({ actor: companyActor, offerId: offer.id });
    // Extended at 2026-04-02T06:00Z: it now expires 2026-05-02T06:00Z, J-7 due from the Paris day 2026-04-25.
    expect(extended).toMatchObject({ ok: true, value: { lifeNumber: 2, remindersSent: [] } });
    expect(await fakes.runJob(fakes.remindOffers, "2026-04-24T06:00:00Z")).toEqual({ reminders: 0 });
    expect(await fakes.runJob(fakes.remindOffers, "2026-04-25T06:00:00Z")).toEqual({ reminders: 1 });
    expect(fakes.store.outbox.rows().at(-1)?.idempotencyKey).toBe(`offer-reminder/J-7/${offer.id}.2`);
  });

  it("reminds nobody of a closed offer", async () => {
    const fakes = offerOnFakes();
    const offer = await fakes.publish();
    await fakes.closeOffer({ actor: companyActor, offerId: offer.id, request: { outcome: "filled" } });
    expect(await fakes.runJob(fakes.remindOffers, "2026-04-08T06:00:00Z")).toEqual({ reminders: 0 });
  });
});
