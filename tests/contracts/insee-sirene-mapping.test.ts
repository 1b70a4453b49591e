import { describe, expect, it } from "vitest";
import { SireneEtablissementResponseSchema, toEstablishment } from "../../src/adapters/insee/sirene-etablissement.ts";
import type { Siret } from "../../src/domain/shared/siret.ts";
import { aSireneEtablissement, type SireneOverrides } from "../support/sirene-payloads.ts";

const siret = "99100001900125";
const map = (overrides: Omit<SireneOverrides, "siret"> = {}) => {
  const { etablissement } = SireneEtablissementResponseSchema.parse(aSireneEtablissement({ siret, ...overrides }));
  return toEstablishment(siret as Siret, etablissement);
};

describe("Sirene 3.11 établissement → Establishment", () => {
  it.each(["P", "N"] as const)("statut de diffusion %s: non-diffusible, masked fields ignored", (statutDiffusion) => {
    const masked = { denominationUniteLegale: "[ND]", nomUniteLegale: "[ND]" };
    expect(map({ statutDiffusion, unit: masked, address: { libelleVoieEtablissement: "[ND]" } })).toEqual({
      siret,
      diffusible: false,
    });
  });

  it("names an individual entrepreneur by first name and usage name", () => {
    const unit = { denominationUniteLegale: null, prenom1UniteLegale: "MARIE", nomUniteLegale: "MARTIN" };
    expect(map({ unit })).toMatchObject({ legalName: "MARIE MARTIN" });
    expect(map({ unit: { ...unit, nomUsageUniteLegale: "DURAND" } })).toMatchObject({ legalName: "MARIE DURAND" });
  });

  it("reads the current period (no end date), whatever its position", () => {
    const establishment = map({ period: { enseigne1Etablissement: "LA NOUVELLE" } });
    expect(establishment).toMatchObject({ brand: "LA NOUVELLE", nafCode: "10.71C", open: true });
  });

  it("takes the usual name as brand when there is no enseigne", () => {
    expect(map({ period: { denominationUsuelleEtablissement: "CHEZ DEMO" } })).toMatchObject({ brand: "CHEZ DEMO" });
  });

  it("builds the street from number, repetition index, spelled-out type and name", () => {
    const address = { numeroVoieEtablissement: "4", indiceRepetitionEtablissement: "B", typeVoieEtablissement: "BD" };
    expect(map({ address })).toMatchObject({ address: { street: "4 B BOULEVARD DE LA DEMONSTRATION" } });
    const unknownType = { numeroVoieEtablissement: null, typeVoieEtablissement: "XYZ" };
    expect(map({ address: unknownType })).toMatchObject({ address: { street: "XYZ DE LA DEMONSTRATION" } });
  });

  it("falls back to the legal unit's NAF rév. 2 code, never reads an older nomenclature", () => {
    const rev1 = { activitePrincipaleEtablissement: "15.8C", nomenclatureActivitePrincipaleEtablissement: "NAFRev1" };
    expect(map({ period: rev1 })).toMatchObject({ nafCode: "10.71C" });
    const unit = { activitePrincipaleUniteLegale: null };
    expect(map({ period: rev1, unit })).toMatchObject({ nafCode: null });
  });

  it.each([
    ["NN", "NN"],
    ["53", "53"],
    [null, null],
    ["", null],
  ])("keeps the headcount band %s as %s", (tranche, expected) => {
    expect(map({ tranche })).toMatchObject({ headcountBand: expected });
  });

  it("leaves an unknown postcode or commune null (an establishment abroad)", () => {
    const abroad = { codePostalEtablissement: null, codeCommuneEtablissement: null, libelleCommuneEtablissement: null };
    expect(map({ address: abroad })).toMatchObject({ address: { postcode: null, city: null, insee: null } });
  });
});
