import { describe, expect, it } from "vitest";
import { DEMO_SIRETS } from "../../../src/adapters/memory/fixtures/establishments.ts";
import { addPartnerCompany } from "../../../src/application/cfa-mandate/index.ts";
import { UpstreamUnavailable } from "../../../src/application/shared/ports.ts";
import type { PhoneNumber } from "../../../src/domain/shared/phone-number.ts";
import {
  anActor,
  anInput,
  CFA,
  CFA_USER,
  COMPANY,
  cfaMandateOnFakes,
  GARAGE_WITHOUT_OPCO,
  OTHER_CFA,
} from "./cfa-mandate-fakes.ts";

describe("addPartnerCompany", () => {
  it("saves the company with INSEE's legal data, its OPCO and its contact, and answers it", async () => {
    const fakes = cfaMandateOnFakes();
    const result = await fakes.addPartnerCompany({ actor: anActor(), input: anInput() });
    const expected = {
      id: "id-1",
      cfaOrganisationId: CFA.id,
      siret: DEMO_SIRETS.companyOpen,
      legalName: "BOULANGERIE DEMO DU VIEUX LYON",
      brand: "AU PAIN DE DEMONSTRATION",
      address: { street: "12 RUE SAINT-JEAN", postcode: "69005", city: "LYON", insee: "69123" },
      nafCode: "10.71C",
      opco: { code: "EP", label: "Opco entreprises de proximité" },
      contact: {
        firstName: "Léa",
        lastName: "Boulanger",
        phone: "+33478000000",
        email: "lea.boulanger@boulangerie-test.fr",
      },
      createdAt: new Date("2026-11-02T08:00:00Z"),
    };
    expect(result).toEqual({ ok: true, value: expected });
    expect(fakes.rows).toEqual([expected]);
  });

  it("saves a company whose OPCO nobody knows with a null OPCO", async () => {
    const fakes = cfaMandateOnFakes();
    const result = await fakes.addPartnerCompany({
      actor: anActor(),
      input: anInput({ siret: GARAGE_WITHOUT_OPCO.siret }),
    });
    expect(result).toMatchObject({ ok: true, value: { siret: GARAGE_WITHOUT_OPCO.siret, opco: null, brand: null } });
  });

  it("acts for the CFA named by X-Organisation-Id when the person belongs to several organisations", async () => {
    const fakes = cfaMandateOnFakes();
    const actor = anActor([COMPANY, CFA], CFA.id);
    expect(await fakes.addPartnerCompany({ actor, input: anInput() })).toMatchObject({
      ok: true,
      value: { cfaOrganisationId: CFA.id },
    });
  });

  it("lets two CFAs each add the same company", async () => {
    const fakes = cfaMandateOnFakes();
    await fakes.addPartnerCompany({ actor: anActor([CFA]), input: anInput() });
    const second = await fakes.addPartnerCompany({ actor: anActor([OTHER_CFA]), input: anInput() });
    expect(second).toMatchObject({ ok: true, value: { cfaOrganisationId: OTHER_CFA.id } });
    expect(fakes.rows).toHaveLength(2);
  });

  it("falls back to the session's email, and no phone, when identity no longer knows the person", async () => {
    const fakes = cfaMandateOnFakes();
    fakes.users.clear();
    const input = anInput({ email: "autre@cfa-metiers.fr", phone: CFA_USER.phone as PhoneNumber });
    expect(await fakes.addPartnerCompany({ actor: anActor(), input })).toEqual({
      ok: false,
      error: { code: "CONTACT_SAME_AS_CFA", field: "emailDomain" },
    });
  });

  describe("refusals write nothing", () => {
    it.each([
      ["a company account", anActor([COMPANY]), { code: "CFA_ONLY", organisationId: COMPANY.id }],
      [
        "a company named by the header",
        anActor([COMPANY, CFA], COMPANY.id),
        { code: "CFA_ONLY", organisationId: COMPANY.id },
      ],
      [
        "several organisations without header",
        anActor([COMPANY, CFA]),
        { code: "ORGANISATION_REQUIRED", organisationCount: 2 },
      ],
      [
        "an organisation the person is not in",
        anActor([CFA], OTHER_CFA.id),
        { code: "NOT_A_MEMBER", organisationId: OTHER_CFA.id },
      ],
      ["a person without organisation", anActor([]), { code: "NOT_A_MEMBER", organisationId: null }],
    ])("who acts: %s", async (_case, actor, error) => {
      const fakes = cfaMandateOnFakes();
      expect(await fakes.addPartnerCompany({ actor, input: anInput() })).toEqual({ ok: false, error });
      expect(fakes.rows).toEqual([]);
    });

    it.each([
      ["a malformed SIRET", { siret: "1234" }, { code: "SIRET_INVALID", value: "1234", reason: "format" }],
      [
        "a wrong check digit",
        { siret: "99100001900124" },
        { code: "SIRET_INVALID", value: "99100001900124", reason: "checksum" },
      ],
      ["a malformed email", { email: "lea@" }, { code: "EMAIL_MALFORMED", value: "lea@" }],
      [
        "the CFA user's phone",
        { phone: "+33612345678" as PhoneNumber },
        { code: "CONTACT_SAME_AS_CFA", field: "phone" },
      ],
      ["the CFA user's email", { email: "Camille@cfa-metiers.fr" }, { code: "CONTACT_SAME_AS_CFA", field: "email" }],
      [
        "the CFA's private domain",
        { email: "rh@cfa-metiers.fr" },
        { code: "CONTACT_SAME_AS_CFA", field: "emailDomain" },
      ],
      [
        "an unknown SIRET",
        { siret: DEMO_SIRETS.unknownSiret },
        { code: "SIRET_UNKNOWN", siret: DEMO_SIRETS.unknownSiret },
      ],
      [
        "a closed establishment",
        { siret: DEMO_SIRETS.companyClosed },
        { code: "ESTABLISHMENT_CLOSED", siret: DEMO_SIRETS.companyClosed },
      ],
      [
        "a non-diffusible establishment",
        { siret: DEMO_SIRETS.companyNonDiffusible },
        { code: "ESTABLISHMENT_NON_DIFFUSIBLE", siret: DEMO_SIRETS.companyNonDiffusible },
      ],
      [
        "an education establishment (NAF 85)",
        { siret: DEMO_SIRETS.companyEducationNaf },
        { code: "EDUCATION_NAF", siret: DEMO_SIRETS.companyEducationNaf, nafCode: "85.59A" },
      ],
    ])("what is given: %s", async (_case, overrides, error) => {
      const fakes = cfaMandateOnFakes();
      expect(await fakes.addPartnerCompany({ actor: anActor(), input: anInput(overrides) })).toEqual({
        ok: false,
        error,
      });
      expect(fakes.rows).toEqual([]);
    });

    it("refuses a company the CFA already has with PARTNER_EXISTS, keeping the first, without asking INSEE", async () => {
      const fakes = cfaMandateOnFakes();
      await fakes.addPartnerCompany({ actor: anActor(), input: anInput() });
      const before = [...fakes.rows];
      fakes.establishments.setUnavailable(true);
      const again = await fakes.addPartnerCompany({ actor: anActor(), input: anInput({ firstName: "Autre" }) });
      expect(again).toEqual({
        ok: false,
        error: { code: "PARTNER_EXISTS", cfaOrganisationId: CFA.id, siret: DEMO_SIRETS.companyOpen },
      });
      expect(fakes.rows).toEqual(before);
    });

    it("answers PARTNER_EXISTS when a concurrent request added the company first", async () => {
      const fakes = cfaMandateOnFakes();
      await fakes.addPartnerCompany({ actor: anActor(), input: anInput() });
      // The check before INSEE saw nothing; the unique (CFA, SIRET) decides at the write.
      const racing = addPartnerCompany({
        ...fakes.deps,
        partnerCompanies: { ...fakes.deps.partnerCompanies, findByCfaAndSiret: async () => null },
      });
      expect(await racing({ actor: anActor(), input: anInput() })).toMatchObject({ error: { code: "PARTNER_EXISTS" } });
      expect(fakes.rows).toHaveLength(1);
    });

    it("lets an INSEE outage through as UpstreamUnavailable, before writing anything", async () => {
      const fakes = cfaMandateOnFakes();
      fakes.establishments.setUnavailable(true);
      await expect(fakes.addPartnerCompany({ actor: anActor(), input: anInput() })).rejects.toThrow(
        UpstreamUnavailable,
      );
      expect(fakes.rows).toEqual([]);
    });
  });
});
