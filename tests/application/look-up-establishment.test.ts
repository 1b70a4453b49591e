import { describe, expect, it } from "vitest";
import { createIdccOpcoResolver } from "../../src/adapters/idcc/opco-resolver.idcc.ts";
import { createMemoryEstablishmentDirectory } from "../../src/adapters/memory/establishment-directory.memory.ts";
import { DEMO_ESTABLISHMENTS, DEMO_SIRETS } from "../../src/adapters/memory/fixtures/establishments.ts";
import { createMemoryNomenclatureReferential } from "../../src/adapters/memory/nomenclature-referential.memory.ts";
import { lookUpEstablishment } from "../../src/application/recruiter/index.ts";
import { UpstreamUnavailable } from "../../src/application/shared/ports.ts";
import type { NafEntry } from "../../src/domain/referential/nomenclatures.ts";

const naf = (code: string, label: string): NafEntry => ({
  code,
  apeCode: code.replace(".", ""),
  level: "sous_classe",
  label,
  division: code.slice(0, 2),
  section: "C",
});
const nomenclatures = createMemoryNomenclatureReferential({
  naf: [naf("10.71C", "Boulangerie et boulangerie-pâtisserie"), naf("85.59A", "Formation continue d'adultes")],
  opcos: [{ code: "EP", label: "Opco entreprises de proximité", shortName: "Opco EP", siren: null, website: null }],
  idcc: [{ idcc: 843, opcoCode: "EP" }],
});
const establishments = createMemoryEstablishmentDirectory(DEMO_ESTABLISHMENTS);
const lookUp = lookUpEstablishment({
  establishments,
  opcoResolver: createIdccOpcoResolver(nomenclatures),
  nomenclatures,
});

describe("lookUpEstablishment", () => {
  it("answers the legal data with the NAF label, the OPCO and the eligibility", async () => {
    expect(await lookUp({ siret: "991 000 019 00125" })).toEqual({
      ok: true,
      value: {
        siret: DEMO_SIRETS.companyOpen,
        legalName: "BOULANGERIE DEMO DU VIEUX LYON",
        brand: "AU PAIN DE DEMONSTRATION",
        address: { street: "12 RUE SAINT-JEAN", postcode: "69005", city: "LYON", insee: "69123" },
        nafCode: "10.71C",
        nafLabel: "Boulangerie et boulangerie-pâtisserie",
        open: true,
        opco: { code: "EP", label: "Opco entreprises de proximité" },
        eligibility: "company",
      },
    });
  });

  it("still shows a closed establishment and an education one: refusing is the sign-up's business", async () => {
    expect(await lookUp({ siret: DEMO_SIRETS.companyClosed })).toMatchObject({
      ok: true,
      value: { open: false, opco: null, nafLabel: null },
    });
    expect(await lookUp({ siret: DEMO_SIRETS.companyEducationNaf })).toMatchObject({
      ok: true,
      value: { eligibility: "cfa_only", nafLabel: "Formation continue d'adultes" },
    });
  });

  it.each([
    ["1234", { code: "SIRET_INVALID", value: "1234", reason: "format" }],
    ["99100001900126", { code: "SIRET_INVALID", value: "99100001900126", reason: "checksum" }],
    [DEMO_SIRETS.unknownSiret, { code: "SIRET_UNKNOWN", siret: DEMO_SIRETS.unknownSiret }],
    [
      DEMO_SIRETS.companyNonDiffusible,
      { code: "ESTABLISHMENT_NON_DIFFUSIBLE", siret: DEMO_SIRETS.companyNonDiffusible },
    ],
  ])("refuses %s", async (siret, error) => {
    expect(await lookUp({ siret })).toEqual({ ok: false, error });
  });

  it("lets an INSEE outage through, as UpstreamUnavailable", async () => {
    const down = createMemoryEstablishmentDirectory([]);
    down.setUnavailable(true);
    const failing = lookUpEstablishment({
      establishments: down,
      opcoResolver: createIdccOpcoResolver(nomenclatures),
      nomenclatures,
    });
    await expect(failing({ siret: DEMO_SIRETS.companyOpen })).rejects.toThrow(UpstreamUnavailable);
  });
});
