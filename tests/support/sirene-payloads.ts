/**
 * Answers of INSEE's API Sirene 3.11 `GET /siret/{siret}`, with every field of the real payload (INSEE,
 * "API Sirene — Documentation", services établissement; variables of the Sirene dictionary), so the adapter is
 * tested on what INSEE sends, unread fields included. The demo establishments mirror
 * src/adapters/memory/fixtures/establishments.ts: the contract expects the same from both directories.
 */
export type SireneOverrides = Readonly<{
  siret: string;
  statutDiffusion?: "O" | "P" | "N";
  tranche?: string | null;
  unit?: Readonly<Record<string, string | null>>;
  address?: Readonly<Record<string, string | null>>;
  period?: Readonly<Record<string, string | boolean | null>>;
}>;

export function aSireneEtablissement(o: SireneOverrides) {
  const statut = o.statutDiffusion ?? "O";
  return {
    header: { statut: 200, message: "ok" },
    etablissement: {
      siren: o.siret.slice(0, 9),
      nic: o.siret.slice(9),
      siret: o.siret,
      statutDiffusionEtablissement: statut,
      dateCreationEtablissement: "2015-03-01",
      trancheEffectifsEtablissement: o.tranche === undefined ? "03" : o.tranche,
      anneeEffectifsEtablissement: "2022",
      activitePrincipaleRegistreMetiersEtablissement: null,
      dateDernierTraitementEtablissement: "2024-05-14T09:12:31.000",
      etablissementSiege: true,
      nombrePeriodesEtablissement: 2,
      uniteLegale: { ...UNIT, statutDiffusionUniteLegale: statut, nicSiegeUniteLegale: o.siret.slice(9), ...o.unit },
      adresseEtablissement: { ...ADDRESS, ...o.address },
      adresse2Etablissement: SECOND_ADDRESS,
      periodesEtablissement: [{ ...CURRENT_PERIOD, ...o.period }, FORMER_PERIOD],
    },
  };
}

const UNIT = {
  etatAdministratifUniteLegale: "A",
  statutDiffusionUniteLegale: "O",
  unitePurgeeUniteLegale: null,
  dateCreationUniteLegale: "2015-03-01",
  categorieJuridiqueUniteLegale: "5499",
  denominationUniteLegale: "SOCIETE DE DEMONSTRATION",
  sigleUniteLegale: null,
  denominationUsuelle1UniteLegale: null,
  denominationUsuelle2UniteLegale: null,
  denominationUsuelle3UniteLegale: null,
  sexeUniteLegale: null,
  nomUniteLegale: null,
  nomUsageUniteLegale: null,
  prenom1UniteLegale: null,
  prenom2UniteLegale: null,
  prenom3UniteLegale: null,
  prenom4UniteLegale: null,
  prenomUsuelUniteLegale: null,
  pseudonymeUniteLegale: null,
  activitePrincipaleUniteLegale: "10.71C",
  nomenclatureActivitePrincipaleUniteLegale: "NAFRev2",
  identifiantAssociationUniteLegale: null,
  economieSocialeSolidaireUniteLegale: "N",
  societeMissionUniteLegale: "N",
  caractereEmployeurUniteLegale: "O",
  trancheEffectifsUniteLegale: "03",
  anneeEffectifsUniteLegale: "2022",
  dateDernierTraitementUniteLegale: "2024-05-14T09:12:31.000",
  categorieEntreprise: "PME",
  anneeCategorieEntreprise: "2022",
};

const ADDRESS = {
  complementAdresseEtablissement: null,
  numeroVoieEtablissement: "1",
  indiceRepetitionEtablissement: null,
  dernierNumeroVoieEtablissement: null,
  indiceRepetitionDernierNumeroVoieEtablissement: null,
  typeVoieEtablissement: "RUE",
  libelleVoieEtablissement: "DE LA DEMONSTRATION",
  codePostalEtablissement: "69001",
  libelleCommuneEtablissement: "LYON",
  libelleCommuneEtrangerEtablissement: null,
  distributionSpecialeEtablissement: null,
  codeCommuneEtablissement: "69123",
  codeCedexEtablissement: null,
  libelleCedexEtablissement: null,
  codePaysEtrangerEtablissement: null,
  libellePaysEtrangerEtablissement: null,
  identifiantAdresseEtablissement: null,
  coordonneeLambertAbscisseEtablissement: "842300.5",
  coordonneeLambertOrdonneeEtablissement: "6519720.1",
};

const SECOND_ADDRESS = {
  complementAdresse2Etablissement: null,
  numeroVoie2Etablissement: null,
  indiceRepetition2Etablissement: null,
  typeVoie2Etablissement: null,
  libelleVoie2Etablissement: null,
  codePostal2Etablissement: null,
  libelleCommune2Etablissement: null,
  libelleCommuneEtranger2Etablissement: null,
  distributionSpeciale2Etablissement: null,
  codeCommune2Etablissement: null,
  codeCedex2Etablissement: null,
  libelleCedex2Etablissement: null,
  codePaysEtranger2Etablissement: null,
  libellePaysEtranger2Etablissement: null,
};

const CURRENT_PERIOD = {
  dateFin: null,
  dateDebut: "2020-01-01",
  etatAdministratifEtablissement: "A",
  changementEtatAdministratifEtablissement: false,
  enseigne1Etablissement: null,
  enseigne2Etablissement: null,
  enseigne3Etablissement: null,
  changementEnseigneEtablissement: false,
  denominationUsuelleEtablissement: null,
  changementDenominationUsuelleEtablissement: false,
  activitePrincipaleEtablissement: "10.71C",
  nomenclatureActivitePrincipaleEtablissement: "NAFRev2",
  changementActivitePrincipaleEtablissement: false,
  caractereEmployeurEtablissement: "O",
  changementCaractereEmployeurEtablissement: false,
};

/** A former period (enseigne and activity since changed): the adapter must read the current one. */
const FORMER_PERIOD = {
  dateFin: "2019-12-31",
  dateDebut: "2015-03-01",
  etatAdministratifEtablissement: "A",
  changementEtatAdministratifEtablissement: false,
  enseigne1Etablissement: "ANCIENNE ENSEIGNE",
  enseigne2Etablissement: null,
  enseigne3Etablissement: null,
  changementEnseigneEtablissement: false,
  denominationUsuelleEtablissement: null,
  changementDenominationUsuelleEtablissement: false,
  activitePrincipaleEtablissement: "47.24Z",
  nomenclatureActivitePrincipaleEtablissement: "NAFRev2",
  changementActivitePrincipaleEtablissement: false,
  caractereEmployeurEtablissement: "O",
  changementCaractereEmployeurEtablissement: false,
};

/** INSEE's error body: `{header: {statut, message}}`. */
export const sireneError = (statut: number, message: string) => ({ header: { statut, message } });
