import { describe, expect, it } from "vitest";
import { newPartnerCompany } from "../../../src/domain/cfa-mandate/partner-company.ts";
import type { Email } from "../../../src/domain/shared/email.ts";
import type { DiffusibleEstablishment } from "../../../src/domain/shared/establishment.ts";
import type { NafCode } from "../../../src/domain/shared/naf-code.ts";
import type { PhoneNumber } from "../../../src/domain/shared/phone-number.ts";
import type { Siret } from "../../../src/domain/shared/siret.ts";

const establishment: DiffusibleEstablishment = {
  siret: "99100001900125" as Siret,
  diffusible: true,
  legalName: "BOULANGERIE DE TEST",
  brand: "AU PAIN DE TEST",
  address: { street: "12 RUE SAINT-JEAN", postcode: "69005", city: "LYON", insee: "69123" },
  nafCode: "10.71C" as NafCode,
  open: true,
  headcountBand: "03",
  idccs: [843],
};

describe("newPartnerCompany", () => {
  it("keeps INSEE's legal data, the OPCO's code and label, and the contact with trimmed names", () => {
    const now = new Date("2026-11-02T08:00:00Z");
    const partner = newPartnerCompany({
      id: "p-1",
      cfaOrganisationId: "cfa-1",
      establishment,
      opco: { code: "EP", label: "Opco entreprises de proximité" },
      contact: {
        firstName: "  Léa ",
        lastName: " Boulanger",
        phone: "+33478000000" as PhoneNumber,
        email: "lea@boulangerie-test.fr" as Email,
      },
      now,
    });
    expect(partner).toEqual({
      id: "p-1",
      cfaOrganisationId: "cfa-1",
      siret: "99100001900125",
      legalName: "BOULANGERIE DE TEST",
      brand: "AU PAIN DE TEST",
      address: { street: "12 RUE SAINT-JEAN", postcode: "69005", city: "LYON", insee: "69123" },
      nafCode: "10.71C",
      opco: { code: "EP", label: "Opco entreprises de proximité" },
      contact: { firstName: "Léa", lastName: "Boulanger", phone: "+33478000000", email: "lea@boulangerie-test.fr" },
      createdAt: now,
    });
  });
});
