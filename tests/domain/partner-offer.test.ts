import { describe, expect, it } from "vitest";
import { toPartnerOffer } from "../../src/adapters/france-travail/offer-mapping.ts";
import { partnerOfferSearchEntry } from "../../src/application/partner-offer/partner-offer-search-entry.ts";
import type { PartnerOffer } from "../../src/domain/partner-offer/partner-offer.ts";
import { partnerOfferSyncMessage } from "../../src/domain/partner-offer/sync-summary.ts";
import type { Email } from "../../src/domain/shared/email.ts";
import { mappedContent } from "../contracts/partner-offer-source.contract.ts";
import { aFranceTravailOffer } from "../support/partner-offer-builders.ts";

const anOffer = (overrides: Partial<PartnerOffer> = {}): PartnerOffer => ({
  ...mappedContent(aFranceTravailOffer(1)),
  status: "active",
  ...overrides,
});

describe("a France Travail offer in the jobs search", () => {
  it("is a partner_offer entry applied for on France Travail's page when no email is known", () => {
    expect(partnerOfferSearchEntry(anOffer())).toMatchObject({
      kind: "partner_offer",
      id: "101TEST",
      romeCodes: ["D1101"],
      contractTypes: ["apprentissage"],
      diplomaLevel: "3",
      canApply: false,
      applyUrl: "https://candidat.francetravail.fr/offres/recherche/detail/101TEST",
      importRank: null,
    });
  });

  it("is applied for here when the recruiter's email is known", () => {
    const entry = partnerOfferSearchEntry(anOffer({ contactEmail: "rh@boucherie.test" as Email }));
    expect(entry).toMatchObject({ canApply: true, applyUrl: null });
  });

  it("is not searchable when withdrawn or without coordinates", () => {
    expect(partnerOfferSearchEntry(anOffer({ status: "withdrawn" }))).toBeNull();
    const place = { ...anOffer().place, latitude: null, longitude: null };
    expect(partnerOfferSearchEntry(anOffer({ place }))).toBeNull();
  });
});

describe("France Travail's wire offer as we keep it", () => {
  it.each([
    ["CAP, BEP et équivalents", "3"],
    ["Bac ou équivalent", "4"],
    ["Bac+2 ou équivalents", "5"],
    ["Bac+3, Bac+4 ou équivalents", "6"],
    ["Bac+5 et plus ou équivalents", "7"],
    ["Bac+5", "7"],
  ])("places %s at level %s", (niveauLibelle, level) => {
    const mapped = toPartnerOffer(aFranceTravailOffer(1, { formations: [{ niveauLibelle }] }));
    expect(mapped).toMatchObject({ kind: "offer", offer: { diplomaLevel: level } });
  });

  it("has no level when the offer states none", () => {
    expect(toPartnerOffer(aFranceTravailOffer(1, { formations: [] }))).toMatchObject({ offer: { diplomaLevel: null } });
  });

  it("reads the professionalisation nature, and the queried nature when the label is another", () => {
    const pro = aFranceTravailOffer(1, { natureContrat: "Cont. professionnalisation" });
    expect(toPartnerOffer(pro)).toMatchObject({ offer: { contractTypes: ["professionnalisation"] } });
    const other = aFranceTravailOffer(1, { natureContrat: "Contrat travail" });
    expect(toPartnerOffer(other)).toEqual({ kind: "rejected", reason: "nature de contrat" });
    expect(toPartnerOffer(other, "E2")).toMatchObject({ offer: { contractTypes: ["apprentissage"] } });
  });

  it("keeps a recruiter's email only when it is one", () => {
    const text = aFranceTravailOffer(1, { contact: { courriel: "Pour postuler, utiliser le lien suivant" } });
    expect(toPartnerOffer(text)).toMatchObject({ offer: { contactEmail: null } });
    const mail = aFranceTravailOffer(1, { contact: { courriel: " RH@Boucherie.test " } });
    expect(toPartnerOffer(mail)).toMatchObject({ offer: { contactEmail: "rh@boucherie.test" } });
  });

  it("rejects an offer without a ROME code", () => {
    expect(toPartnerOffer(aFranceTravailOffer(1, { romeCode: null }))).toEqual({
      kind: "rejected",
      reason: "code ROME",
    });
  });
});

describe("the sync's French summary", () => {
  it("counts a complete run, and says an interrupted one withdrew nothing", () => {
    const counts = { read: 1234, created: 12, changed: 3, withdrawn: 5 };
    expect(partnerOfferSyncMessage({ ...counts, complete: true })).toBe(
      "Offres France Travail synchronisées : 1\u202f234 lues, 12 nouvelles, 3 modifiées, 5 retirées.",
    );
    expect(partnerOfferSyncMessage({ ...counts, withdrawn: 0, complete: false })).toMatch(/aucune offre retirée/);
  });
});
