import { describe, expect, it } from "vitest";
import { DEMO_SIRETS } from "../../../src/adapters/memory/fixtures/establishments.ts";
import {
  anActor,
  anInput,
  CFA,
  COMPANY,
  cfaMandateOnFakes,
  GARAGE_WITHOUT_OPCO,
  OTHER_CFA,
} from "./cfa-mandate-fakes.ts";

async function withPartners() {
  const fakes = cfaMandateOnFakes();
  await fakes.addPartnerCompany({ actor: anActor([CFA]), input: anInput() });
  fakes.deps.clock.advance(60_000);
  await fakes.addPartnerCompany({ actor: anActor([CFA]), input: anInput({ siret: GARAGE_WITHOUT_OPCO.siret }) });
  await fakes.addPartnerCompany({ actor: anActor([OTHER_CFA]), input: anInput() });
  return fakes;
}

describe("listPartnerCompanies", () => {
  it("lists the acting CFA's partners only, most recently added first", async () => {
    const fakes = await withPartners();
    const result = await fakes.listPartnerCompanies({ actor: anActor([CFA]) });
    if (!result.ok) throw new Error(result.error.code);
    expect(result.value.map((partner) => partner.siret)).toEqual([GARAGE_WITHOUT_OPCO.siret, DEMO_SIRETS.companyOpen]);
  });

  it("answers an empty list to a CFA without partners", async () => {
    const fakes = cfaMandateOnFakes();
    expect(await fakes.listPartnerCompanies({ actor: anActor([CFA]) })).toEqual({ ok: true, value: [] });
  });

  it.each([
    ["a company account", anActor([COMPANY]), "CFA_ONLY"],
    ["several organisations without header", anActor([COMPANY, CFA]), "ORGANISATION_REQUIRED"],
    ["an organisation the person is not in", anActor([CFA], OTHER_CFA.id), "NOT_A_MEMBER"],
  ])("refuses %s (%s)", async (_case, actor, code) => {
    const fakes = await withPartners();
    expect(await fakes.listPartnerCompanies({ actor })).toMatchObject({ ok: false, error: { code } });
  });
});

describe("findPartnerOfCfa", () => {
  it("finds the CFA's partner by SIRET, spaces ignored", async () => {
    const fakes = await withPartners();
    expect(await fakes.findPartnerOfCfa(CFA.id, "991 000 019 00125")).toMatchObject({
      cfaOrganisationId: CFA.id,
      siret: DEMO_SIRETS.companyOpen,
      legalName: "BOULANGERIE DEMO DU VIEUX LYON",
      opco: { code: "EP" },
      contact: { email: "lea.boulanger@boulangerie-test.fr" },
    });
  });

  it.each([
    ["a company that is not its partner", CFA.id, DEMO_SIRETS.companyClosed],
    ["another CFA's partner", OTHER_CFA.id, GARAGE_WITHOUT_OPCO.siret],
    ["a malformed SIRET", CFA.id, "not a siret"],
  ])("answers null for %s", async (_case, cfaOrganisationId, siret) => {
    const fakes = await withPartners();
    expect(await fakes.findPartnerOfCfa(cfaOrganisationId, siret)).toBeNull();
  });
});
