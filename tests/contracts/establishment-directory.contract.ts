import { beforeEach, describe, expect, it } from "vitest";
import { DEMO_SIRETS } from "../../src/adapters/memory/fixtures/establishments.ts";
import type { EstablishmentDirectory } from "../../src/application/recruiter/ports.ts";
import { UpstreamUnavailable } from "../../src/application/shared/ports.ts";
import type { DiffusibleEstablishment } from "../../src/domain/shared/establishment.ts";
import type { Siret } from "../../src/domain/shared/siret.ts";

/**
 * A directory knowing the demo establishments (src/adapters/memory/fixtures/establishments.ts), and a way to make
 * its upstream fail for good.
 */
type EstablishmentDirectoryHarness = Readonly<{
  directory: EstablishmentDirectory;
  breakUpstream: () => void;
}>;

export type EstablishmentDirectoryFactory = () => Promise<EstablishmentDirectoryHarness>;

const find = (harness: EstablishmentDirectoryHarness, key: keyof typeof DEMO_SIRETS) =>
  harness.directory.findBySiret(DEMO_SIRETS[key] as Siret);

/** Compares what both sides know; IDCCs come only from sources other than Sirene. */
const withoutIdccs = (establishment: unknown) => {
  const { idccs, ...rest } = establishment as DiffusibleEstablishment;
  expect(Array.isArray(idccs)).toBe(true);
  return rest;
};

export function establishmentDirectoryContract(name: string, factory: EstablishmentDirectoryFactory): void {
  describe(`EstablishmentDirectory contract — ${name}`, () => {
    let harness: EstablishmentDirectoryHarness;
    beforeEach(async () => {
      harness = await factory();
    });

    it("answers an open establishment's legal data", async () => {
      expect(withoutIdccs(await find(harness, "companyOpen"))).toEqual({
        siret: DEMO_SIRETS.companyOpen,
        diffusible: true,
        legalName: "BOULANGERIE DEMO DU VIEUX LYON",
        brand: "AU PAIN DE DEMONSTRATION",
        address: { street: "12 RUE SAINT-JEAN", postcode: "69005", city: "LYON", insee: "69123" },
        nafCode: "10.71C",
        open: true,
        headcountBand: "03",
      });
    });

    it("answers a closed establishment with open = false", async () => {
      expect(await find(harness, "companyClosed")).toMatchObject({
        diffusible: true,
        legalName: "ATELIER DEMO DES CANUTS",
        address: { street: "5 PLACE DE LA CROIX-ROUSSE" },
        open: false,
        headcountBand: null,
      });
    });

    it.each([
      ["companyEducationNaf", "85.59A", "LANGUES EN DEMO"],
      ["cfaQualiopi", "85.32Z", null],
      ["cfaNotQualiopi", "85.59A", null],
    ] as const)("answers %s with its NAF code %s", async (key, nafCode, brand) => {
      expect(await find(harness, key)).toMatchObject({ diffusible: true, open: true, nafCode, brand });
    });

    it("answers a non-diffusible establishment without its masked data", async () => {
      expect(await find(harness, "companyNonDiffusible")).toEqual({
        siret: DEMO_SIRETS.companyNonDiffusible,
        diffusible: false,
      });
    });

    it("answers null for a SIRET Sirene does not know", async () => {
      expect(await find(harness, "unknownSiret")).toBeNull();
    });

    it("throws UpstreamUnavailable when INSEE cannot answer", async () => {
      harness.breakUpstream();
      await expect(find(harness, "companyOpen")).rejects.toThrow(UpstreamUnavailable);
    });
  });
}
