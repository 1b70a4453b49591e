import { DEMO_SIRETS } from "../../src/adapters/memory/fixtures/establishments.ts";
import { aSireneEtablissement, type SireneOverrides, sireneError } from "./sirene-payloads.ts";

export type SireneAnswer = Readonly<{ status: number; body: object }>;

/** What the stub answers for each demo SIRET; any other SIRET is a 404 as INSEE answers it. */
export const DEMO_SIRENE_ANSWERS: Readonly<Record<string, SireneAnswer>> = {
  [DEMO_SIRETS.companyOpen]: ok({
    siret: DEMO_SIRETS.companyOpen,
    unit: { denominationUniteLegale: "BOULANGERIE DEMO DU VIEUX LYON" },
    address: {
      numeroVoieEtablissement: "12",
      libelleVoieEtablissement: "SAINT-JEAN",
      codePostalEtablissement: "69005",
    },
    period: { enseigne1Etablissement: "AU PAIN DE DEMONSTRATION" },
  }),
  [DEMO_SIRETS.companyClosed]: ok({
    siret: DEMO_SIRETS.companyClosed,
    tranche: null,
    unit: { denominationUniteLegale: "ATELIER DEMO DES CANUTS", etatAdministratifUniteLegale: "C" },
    address: {
      numeroVoieEtablissement: "5",
      typeVoieEtablissement: "PL",
      libelleVoieEtablissement: "DE LA CROIX-ROUSSE",
      codePostalEtablissement: "69004",
    },
    period: {
      etatAdministratifEtablissement: "F",
      changementEtatAdministratifEtablissement: true,
      activitePrincipaleEtablissement: "13.20Z",
    },
  }),
  [DEMO_SIRETS.companyEducationNaf]: ok({
    siret: DEMO_SIRETS.companyEducationNaf,
    tranche: "11",
    unit: { denominationUniteLegale: "ECOLE DEMO DE LANGUES", activitePrincipaleUniteLegale: "85.59A" },
    address: {
      numeroVoieEtablissement: "40",
      typeVoieEtablissement: "CRS",
      libelleVoieEtablissement: "EMILE ZOLA",
      codePostalEtablissement: "69100",
      libelleCommuneEtablissement: "VILLEURBANNE",
      codeCommuneEtablissement: "69266",
    },
    period: { denominationUsuelleEtablissement: "LANGUES EN DEMO", activitePrincipaleEtablissement: "85.59A" },
  }),
  [DEMO_SIRETS.companyNonDiffusible]: {
    status: 403,
    body: sireneError(403, `Établissement non diffusable (${DEMO_SIRETS.companyNonDiffusible})`),
  },
  [DEMO_SIRETS.cfaQualiopi]: ok({
    siret: DEMO_SIRETS.cfaQualiopi,
    tranche: "21",
    unit: {
      denominationUniteLegale: "CFA DEMO DES METIERS DE BOUCHE",
      categorieJuridiqueUniteLegale: "9220",
      activitePrincipaleUniteLegale: "85.32Z",
    },
    address: {
      numeroVoieEtablissement: "8",
      typeVoieEtablissement: "AV",
      libelleVoieEtablissement: "JEAN JAURES",
      codePostalEtablissement: "69007",
    },
    period: { activitePrincipaleEtablissement: "85.32Z" },
  }),
  [DEMO_SIRETS.cfaNotQualiopi]: ok({
    siret: DEMO_SIRETS.cfaNotQualiopi,
    tranche: "01",
    unit: { denominationUniteLegale: "INSTITUT DEMO DE FORMATION", activitePrincipaleUniteLegale: "85.59A" },
    address: {
      numeroVoieEtablissement: "3",
      libelleVoieEtablissement: "DES ARTS",
      codePostalEtablissement: "42000",
      libelleCommuneEtablissement: "SAINT-ETIENNE",
      codeCommuneEtablissement: "42218",
    },
    period: { activitePrincipaleEtablissement: "85.59A" },
  }),
};

function ok(overrides: SireneOverrides): SireneAnswer {
  return { status: 200, body: aSireneEtablissement(overrides) };
}
