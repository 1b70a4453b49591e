import { describe, expect, it } from "vitest";
import { UpstreamUnavailable } from "../../../src/application/shared/ports.ts";
import { generateOfferDescription } from "../../../src/domain/offer/description.ts";
import { later, NOW, TEST_FICHE } from "../../domain/offer/builders.ts";
import { aNewOffer } from "../../support/offer-builders.ts";
import {
  CFA_ORG,
  CFA_USER,
  COMPANY_ORG,
  COMPANY_USER,
  cfaActor,
  companyActor,
  OWN_COMPANY,
  offerOnFakes,
  PARTNER_COMPANY,
} from "../../support/offer-fakes.ts";

describe("createOffer", () => {
  it("publishes the company's offer at once, for 30 days, at its establishment, and tells its contact", async () => {
    const fakes = offerOnFakes();
    const result = await fakes.createOffer({ actor: companyActor, offer: aNewOffer() });
    const offer = {
      id: "id-1",
      status: "active",
      organisationId: COMPANY_ORG.id,
      createdBy: COMPANY_USER.id,
      romeCode: "D1104",
      romeLabel: TEST_FICHE.label,
      appellation: "Pâtissier / Pâtissière",
      diplomaLevel: "3",
      contractTypes: ["apprentissage"],
      startDate: "2026-09-01",
      durationMonths: 24,
      openings: 1,
      description: generateOfferDescription(TEST_FICHE),
      employerDescription: null,
      contactEmail: COMPANY_USER.email,
      workplace: OWN_COMPANY.workplace,
      partnerSiret: null,
      employerName: OWN_COMPANY.name,
      createdAt: NOW,
      updatedAt: NOW,
      expiresAt: later(30),
      lifeNumber: 1,
      remindersSent: [],
      version: 1,
    };
    expect(result).toEqual({ ok: true, value: { offer, company: OWN_COMPANY } });
    expect(fakes.store.offers.rows()).toEqual([offer]);
    const [sent, ...others] = fakes.store.outbox.rows();
    expect(others).toEqual([]);
    expect(sent).toMatchObject({ idempotencyKey: "offer-published/id-1", email: { to: COMPANY_USER.email } });
    expect(sent?.email.text).toContain("https://lba.test/offres/id-1");
  });

  it("sends applications to the contact email given, in its canonical form", async () => {
    const fakes = offerOnFakes();
    const offer = await fakes.publish({ contactEmail: "  Jobs@Patisserie-Test.FR " });
    expect(offer.contactEmail).toBe("jobs@patisserie-test.fr");
    expect(fakes.emailsTo("jobs@patisserie-test.fr")).toHaveLength(1);
  });

  it("places the offer at another address when one is given, geocoded", async () => {
    const fakes = offerOnFakes();
    const offer = await fakes.publish({ workplaceAddress: "3 avenue Henri Barbusse 69100 Villeurbanne" });
    expect(offer.workplace).toEqual({
      street: "3 avenue Henri Barbusse",
      postcode: "69100",
      city: "Villeurbanne",
      insee: "69266",
      latitude: 45.77,
      longitude: 4.88,
    });
  });

  it("refuses an address that cannot be found, storing and sending nothing", async () => {
    const fakes = offerOnFakes();
    const result = await fakes.createOffer({
      actor: companyActor,
      offer: aNewOffer({ workplaceAddress: "  1 rue de Nulle Part 99999 Introuvable " }),
    });
    expect(result).toEqual({
      ok: false,
      error: { code: "ADDRESS_NOT_FOUND", address: "1 rue de Nulle Part 99999 Introuvable" },
    });
    expect(fakes.store.offers.rows()).toEqual([]);
    expect(fakes.store.outbox.rows()).toEqual([]);
  });

  it("fails, storing nothing, when the address service is down", async () => {
    const fakes = offerOnFakes();
    fakes.geocoder.setUnavailable(true);
    const creating = fakes.createOffer({
      actor: companyActor,
      offer: aNewOffer({ workplaceAddress: "69100 Villeurbanne" }),
    });
    await expect(creating).rejects.toBeInstanceOf(UpstreamUnavailable);
    expect(fakes.store.offers.rows()).toEqual([]);
  });

  it.each([
    ["a ROME code the referential does not know", { romeCode: "A1101", appellation: null }, "romeCode"],
    ["an appellation that is not one of the fiche's", { appellation: "Boulanger / Boulangère" }, "appellation"],
  ])("refuses %s (ROME_UNKNOWN, a 422), storing and sending nothing", async (_, fields, path) => {
    const fakes = offerOnFakes();
    const result = await fakes.createOffer({ actor: companyActor, offer: aNewOffer(fields) });
    expect(result).toMatchObject({ ok: false, error: { code: "ROME_UNKNOWN", path } });
    expect(fakes.store.offers.rows()).toEqual([]);
    expect(fakes.store.outbox.rows()).toEqual([]);
  });

  it.each([
    ["a company naming a partner", companyActor, PARTNER_COMPANY.siret, "company"],
    ["a CFA naming no partner", cfaActor, null, "required"],
    ["a CFA naming a company that is not its partner", cfaActor, OWN_COMPANY.siret, "not_partner"],
  ] as const)("refuses %s (PARTNER_INVALID)", async (_, actor, partnerSiret, reason) => {
    const fakes = offerOnFakes();
    const result = await fakes.createOffer({ actor, offer: aNewOffer({ partnerSiret }) });
    expect(result).toEqual({ ok: false, error: { code: "PARTNER_INVALID", reason } });
    expect(fakes.store.offers.rows()).toEqual([]);
  });

  it("publishes a CFA's offer for its partner company, at the partner's establishment, under the CFA's name", async () => {
    const fakes = offerOnFakes();
    const result = await fakes.createOffer({
      actor: cfaActor,
      offer: aNewOffer({ partnerSiret: "991 000 076 00018" }),
    });
    expect(result).toMatchObject({
      ok: true,
      value: {
        offer: {
          organisationId: CFA_ORG.id,
          partnerSiret: PARTNER_COMPANY.siret,
          workplace: PARTNER_COMPANY.workplace,
          contactEmail: CFA_USER.email,
          // The partner company stays anonymous to candidates (read-offers.ts publicEmployerOf).
          employerName: CFA_ORG.displayName,
        },
        company: PARTNER_COMPANY,
      },
    });
  });

  it("asks which organisation acts for a person belonging to several", async () => {
    const fakes = offerOnFakes();
    const actor = { ...companyActor, organisations: [COMPANY_ORG, CFA_ORG] };
    const result = await fakes.createOffer({ actor, offer: aNewOffer() });
    expect(result).toEqual({ ok: false, error: { code: "ORGANISATION_REQUIRED", organisationCount: 2 } });
  });
});
