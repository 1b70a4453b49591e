import { describe, expect, it } from "vitest";
import { later } from "../../domain/offer/builders.ts";
import {
  CFA_ORG,
  CFA_USER,
  cfaActor,
  companyActor,
  OWN_COMPANY,
  offerOnFakes,
  PARTNER_COMPANY,
  strangerActor,
} from "../../support/offer-fakes.ts";

describe("reading offers", () => {
  it("lists the acting organisation's offers by console tab, newest first; deleted ones with the expired", async () => {
    const fakes = offerOnFakes();
    const first = await fakes.publish();
    fakes.clock.set(later(1));
    const second = await fakes.publish();
    const third = await fakes.publish();
    await fakes.closeOffer({ actor: companyActor, offerId: second.id, request: { outcome: "filled" } });
    const request = { outcome: "deleted", reason: "no_applications" } as const;
    await fakes.closeOffer({ actor: companyActor, offerId: third.id, request });
    const tab = async (name: "active" | "filled" | "expired") => {
      const listed = await fakes.listConsoleOffers({ actor: companyActor, tab: name });
      return listed.ok ? listed.value.map((item) => [item.offer.id, item.applicationCount, item.viewUrl]) : listed;
    };
    expect(await tab("active")).toEqual([[first.id, 0, `https://lba.test/offres/${first.id}`]]);
    expect(await tab("filled")).toEqual([[second.id, 0, `https://lba.test/offres/${second.id}`]]);
    expect(await tab("expired")).toEqual([[third.id, 0, `https://lba.test/offres/${third.id}`]]);
    expect(await fakes.listConsoleOffers({ actor: strangerActor, tab: "active" })).toEqual({ ok: true, value: [] });
  });

  it("shows candidates an active offer with its company, and nothing once it reached its expiry", async () => {
    const fakes = offerOnFakes();
    const offer = await fakes.publish();
    expect(await fakes.getPublicOffer({ offerId: offer.id })).toEqual({
      ok: true,
      value: {
        offer,
        employer: { kind: "company", name: OWN_COMPANY.name },
        viewUrl: `https://lba.test/offres/${offer.id}`,
      },
    });
    fakes.clock.set(later(30));
    expect(await fakes.getPublicOffer({ offerId: offer.id })).toEqual({
      ok: false,
      error: { code: "OFFER_NOT_FOUND", offerId: offer.id },
    });
  });

  it("keeps the partner company of a CFA's offer anonymous: the CFA and its contact stand in", async () => {
    const fakes = offerOnFakes();
    const offer = await fakes.publish({ partnerSiret: PARTNER_COMPANY.siret }, cfaActor);
    const employer = { kind: "cfa", name: CFA_ORG.displayName, contactEmail: CFA_USER.email, phone: CFA_USER.phone };
    expect(await fakes.getPublicOffer({ offerId: offer.id })).toEqual({
      ok: true,
      value: { offer, employer, viewUrl: `https://lba.test/offres/${offer.id}` },
    });
    const page = await fakes.readPartnerFeed({ limit: 10 });
    expect(page).toMatchObject({
      ok: true,
      value: { items: [{ offer: { id: offer.id }, availability: "online", employer }], hasMore: false },
    });
  });

  it("feeds partners every change in (updatedAt, id) order, resuming after the cursor", async () => {
    const fakes = offerOnFakes();
    const first = await fakes.publish();
    const second = await fakes.publish();
    const page = await fakes.readPartnerFeed({ limit: 1 });
    if (!page.ok) throw new Error(page.error.code);
    expect(page.value.items.map((item) => item.offer.id)).toEqual([first.id]);
    expect(page.value.hasMore).toBe(true);
    fakes.clock.set(later(2));
    await fakes.closeOffer({ actor: companyActor, offerId: first.id, request: { outcome: "filled" } });
    const next = await fakes.readPartnerFeed({ cursor: page.value.nextCursor, limit: 10 });
    expect(next).toMatchObject({
      ok: true,
      value: {
        items: [
          { offer: { id: second.id }, availability: "online" },
          { offer: { id: first.id }, availability: "closed" },
        ],
        hasMore: false,
      },
    });
  });
});
