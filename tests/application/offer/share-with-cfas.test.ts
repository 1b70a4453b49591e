import { describe, expect, it } from "vitest";
import {
  CFA_WITHOUT_EMAIL,
  COMPANY_USER,
  companyActor,
  FAR_CFA,
  NEAR_CFA,
  OWN_COMPANY,
  offerOnFakes,
  strangerActor,
} from "../../support/offer-fakes.ts";

const NEAR_EMAIL = NEAR_CFA.contactEmail ?? "";

describe("listNearbyCfas and shareOfferWithCfas", () => {
  it("lists the Qualiopi establishments within 100 km that have an email, nearest first", async () => {
    const fakes = offerOnFakes();
    const offer = await fakes.publish();
    const result = await fakes.listNearbyCfas({ actor: companyActor, offerId: offer.id });
    expect(result).toEqual({
      ok: true,
      value: [{ siret: NEAR_CFA.siret, name: NEAR_CFA.legalName, city: "Lyon", distanceKm: 1.8, alreadyShared: false }],
    });
    expect(await fakes.listNearbyCfas({ actor: strangerActor, offerId: offer.id })).toMatchObject({
      error: { code: "OFFER_NOT_FOUND" },
    });
  });

  it("sends the offer to each chosen establishment once, with a recap to the recruiter", async () => {
    const fakes = offerOnFakes();
    const offer = await fakes.publish();
    const share = () => fakes.shareOfferWithCfas({ actor: companyActor, offerId: offer.id, sirets: [NEAR_CFA.siret] });
    expect(await share()).toEqual({ ok: true, value: { shared: [NEAR_CFA.siret], alreadyShared: [] } });
    expect(fakes.store.offerShares.rows()).toEqual([
      { offerId: offer.id, cfaSiret: NEAR_CFA.siret, sharedAt: offer.createdAt },
    ]);
    expect(fakes.emailsTo(NEAR_EMAIL).map((row) => row.idempotencyKey)).toEqual([
      `offer-share/${offer.id}/${NEAR_CFA.siret}`,
    ]);
    expect(fakes.emailsTo(COMPANY_USER.email).at(-1)?.idempotencyKey).toBe(
      `offer-share-recap/${offer.id}/${NEAR_CFA.siret}`,
    );
    const emailCount = fakes.store.outbox.rows().length;
    expect(await share()).toEqual({ ok: true, value: { shared: [], alreadyShared: [NEAR_CFA.siret] } });
    expect(fakes.store.outbox.rows()).toHaveLength(emailCount);
  });

  it("refuses establishments that are not in the nearby list, sending nothing", async () => {
    const fakes = offerOnFakes();
    const offer = await fakes.publish();
    const sirets = [NEAR_CFA.siret, FAR_CFA.siret, CFA_WITHOUT_EMAIL.siret];
    expect(await fakes.shareOfferWithCfas({ actor: companyActor, offerId: offer.id, sirets })).toEqual({
      ok: false,
      error: { code: "CFA_NOT_NEARBY", sirets: [FAR_CFA.siret, CFA_WITHOUT_EMAIL.siret] },
    });
    expect(fakes.store.offerShares.rows()).toEqual([]);
  });

  it("shows the recruiter's contact to the establishment, once, from its email's link", async () => {
    const fakes = offerOnFakes();
    const offer = await fakes.publish();
    await fakes.shareOfferWithCfas({ actor: companyActor, offerId: offer.id, sirets: [NEAR_CFA.siret] });
    const token = fakes.tokenSentTo(NEAR_EMAIL, "cfa_contact");
    expect(await fakes.actOnOfferAction({ token })).toEqual({
      ok: true,
      value: {
        purpose: "cfa_contact",
        offerId: offer.id,
        offerTitle: "Pâtissier / Pâtissière",
        contact: { companyName: OWN_COMPANY.name, email: COMPANY_USER.email, phone: COMPANY_USER.phone },
      },
    });
    expect(await fakes.actOnOfferAction({ token })).toMatchObject({ error: { reason: "used" } });
  });
});
