import { describe, expect, it } from "vitest";
import { DAY_MS, later } from "../../domain/offer/builders.ts";
import { COMPANY_USER, companyActor, NEAR_CFA, offerOnFakes } from "../../support/offer-fakes.ts";

/** issue 9 §4 and docs/adr/0018: a write based on a revision that is no longer the stored one is refused. */
describe("offer writes carrying the version the console read", () => {
  it("edit, extend and close refuse a stale version with CONFLICT and change nothing", async () => {
    const fakes = offerOnFakes();
    const read = await fakes.publish();
    await fakes.editOffer({ actor: companyActor, offerId: read.id, changes: { openings: 2 } });
    const stored = fakes.store.offers.rows();
    const conflict = { ok: false, error: { code: "CONFLICT", entity: "offer", id: read.id } };
    const stale = { actor: companyActor, offerId: read.id, expectedVersion: read.version };
    expect(await fakes.editOffer({ ...stale, changes: { openings: 5 } })).toEqual(conflict);
    expect(await fakes.extendOffer(stale)).toEqual(conflict);
    expect(await fakes.closeOffer({ ...stale, request: { outcome: "filled" } })).toEqual(conflict);
    expect(fakes.store.offers.rows()).toEqual(stored);
  });

  it("accepts the current version and answers the next one", async () => {
    const fakes = offerOnFakes();
    const read = await fakes.publish();
    const edited = await fakes.editOffer({
      actor: companyActor,
      offerId: read.id,
      changes: { openings: 3 },
      expectedVersion: 1,
    });
    expect(edited).toMatchObject({ ok: true, value: { openings: 3, version: 2 } });
    expect(fakes.store.offers.rows()).toEqual([expect.objectContaining({ openings: 3, version: 2 })]);
  });
});

describe("the expiry job and an extension", () => {
  it("an extension stored between the job's listing and its write is kept: the job skips the offer", async () => {
    const fakes = offerOnFakes();
    const offer = await fakes.publish();
    // The job lists the offer as due, then (before it writes) the recruiter extends it.
    const due = await fakes.store.unitOfWork.run((repos) => repos.offers.listActiveExpiringBefore(later(30), 10));
    fakes.clock.set(later(30));
    await fakes.extendOffer({ actor: companyActor, offerId: offer.id });
    const stale = due[0] as NonNullable<(typeof due)[number]>;
    expect(await fakes.store.offers.update({ ...stale, status: "expired" })).toBe("conflict");
    expect(await fakes.runJob(fakes.expireOffers, later(30))).toEqual({ expired: 0 });
    expect(fakes.store.offers.rows()).toEqual([
      expect.objectContaining({
        status: "active",
        lifeNumber: 2,
        expiresAt: new Date(later(30).getTime() + 30 * DAY_MS),
      }),
    ]);
    expect(fakes.emailsTo(COMPANY_USER.email).map((row) => row.idempotencyKey)).not.toContainEqual(
      expect.stringMatching(/^offer-expired\//),
    );
  });
});

describe("an offer email link on the other link's page", () => {
  it("is refused before it is spent, and still works on its own page", async () => {
    const fakes = offerOnFakes();
    const offer = await fakes.publish();
    await fakes.shareOfferWithCfas({ actor: companyActor, offerId: offer.id, sirets: [NEAR_CFA.siret] });
    const token = fakes.tokenSentTo(NEAR_CFA.contactEmail ?? "", "cfa_contact");
    const wrongPage = { ok: false, error: { code: "LINK_INVALID", reason: "wrong_purpose" } };
    expect(await fakes.previewOfferAction({ token, purpose: "extend" })).toEqual(wrongPage);
    expect(await fakes.actOnOfferAction({ token, purpose: "extend" })).toEqual(wrongPage);
    expect(fakes.store.offerActionLinks.rows()).toEqual([expect.objectContaining({ usedAt: null })]);
    expect(await fakes.actOnOfferAction({ token, purpose: "cfa_contact" })).toMatchObject({
      ok: true,
      value: { purpose: "cfa_contact" },
    });
  });
});
