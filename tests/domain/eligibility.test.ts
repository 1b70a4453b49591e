import { describe, expect, it } from "vitest";
import {
  checkCompanyEligibility,
  checkEstablishmentUsable,
  eligibilityOf,
} from "../../src/domain/recruiter/eligibility.ts";
import type { DiffusibleEstablishment, Establishment } from "../../src/domain/shared/establishment.ts";
import type { NafCode } from "../../src/domain/shared/naf-code.ts";
import type { Siret } from "../../src/domain/shared/siret.ts";

const siret = "99100001900125" as Siret;

const anEstablishment = (overrides: Partial<Omit<DiffusibleEstablishment, "diffusible">> = {}): Establishment => ({
  siret,
  diffusible: true,
  legalName: "BOULANGERIE DEMO",
  brand: null,
  address: { street: "1 RUE DE LA DEMO", postcode: "69001", city: "LYON", insee: "69123" },
  nafCode: "10.71C" as NafCode,
  open: true,
  headcountBand: null,
  idccs: [],
  ...overrides,
});
const naf = (code: string) => code as NafCode;

describe("checkCompanyEligibility", () => {
  it.each([
    ["an open bakery", anEstablishment(), null],
    ["an unknown activity", anEstablishment({ nafCode: null }), null],
    ["NAF 84.11Z (public administration, division 84)", anEstablishment({ nafCode: naf("84.11Z") }), null],
    ["a non-diffusible establishment", { siret, diffusible: false } as const, "ESTABLISHMENT_NON_DIFFUSIBLE"],
    ["a closed establishment", anEstablishment({ open: false }), "ESTABLISHMENT_CLOSED"],
    [
      "a closed school (closed first)",
      anEstablishment({ open: false, nafCode: naf("85.59A") }),
      "ESTABLISHMENT_CLOSED",
    ],
    ["NAF 85.59A (training)", anEstablishment({ nafCode: naf("85.59A") }), "EDUCATION_NAF"],
    ["NAF 85.32Z (vocational school)", anEstablishment({ nafCode: naf("85.32Z") }), "EDUCATION_NAF"],
  ])("%s → %s", (_case, establishment, refusal) => {
    const result = checkCompanyEligibility(establishment);
    if (refusal === null) expect(result).toEqual({ ok: true, value: establishment });
    else expect(result).toMatchObject({ ok: false, error: { code: refusal, siret } });
  });

  it("names the NAF code in the EDUCATION_NAF refusal", () => {
    expect(checkCompanyEligibility(anEstablishment({ nafCode: naf("85.59A") }))).toEqual({
      ok: false,
      error: { code: "EDUCATION_NAF", siret, nafCode: "85.59A" },
    });
  });
});

describe("checkEstablishmentUsable (CFA sign-up)", () => {
  it.each([
    ["a training centre", anEstablishment({ nafCode: naf("85.32Z") }), null],
    ["a closed one", anEstablishment({ open: false }), "ESTABLISHMENT_CLOSED"],
    ["a non-diffusible one", { siret, diffusible: false } as const, "ESTABLISHMENT_NON_DIFFUSIBLE"],
  ])("%s → %s", (_case, establishment, refusal) => {
    const result = checkEstablishmentUsable(establishment);
    expect(result.ok ? null : result.error.code).toBe(refusal);
  });
});

describe("eligibilityOf", () => {
  it.each([
    ["10.71C", "company"],
    ["85.59A", "cfa_only"],
    ["85.10Z", "cfa_only"],
    ["86.10Z", "company"],
    [null, "company"],
  ] as const)("NAF %s → %s", (code, expected) => {
    expect(eligibilityOf(anEstablishment({ nafCode: code as NafCode | null }) as DiffusibleEstablishment)).toBe(
      expected,
    );
  });
});
