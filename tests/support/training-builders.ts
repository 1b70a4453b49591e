import { DEMO_SIRETS } from "../../src/adapters/memory/fixtures/establishments.ts";
import { createMemoryCatalogueSource } from "../../src/adapters/memory/training-catalogue-source.memory.ts";
import type { Siret } from "../../src/domain/shared/siret.ts";
import type { CatalogueTraining, TrainingEstablishment } from "../../src/domain/training/training.ts";
import type { TrainingProvider } from "../../src/domain/training/training-provider.ts";

/** TEST DATA: a training establishment block (formateur or gestionnaire) in Lyon. */
export function aTrainingEstablishment(
  siret: string,
  overrides: Partial<TrainingEstablishment> = {},
): TrainingEstablishment {
  return {
    siret: siret as Siret,
    uai: null,
    legalName: `CFA DE TEST ${siret}`,
    address: { street: "1 PLACE DU TEST", postcode: "69003", city: "LYON", insee: "69383" },
    email: `contact-${siret}@cfa-test.fr`,
    website: null,
    ...overrides,
  };
}

/** TEST DATA: a listed (Qualiopi) training in Lyon preparing for D1102, given by formateur 99100002700110. */
export function aCatalogueTraining(overrides: Partial<CatalogueTraining> = {}): CatalogueTraining {
  return {
    catalogueKey: "TEST-KEY-1",
    title: "CAP BOULANGER",
    diplomaLevel: "3",
    cfd: "50022134",
    rncp: "RNCP34567",
    romeCodes: ["D1102"],
    formateur: aTrainingEstablishment("99100002700110"),
    gestionnaire: aTrainingEstablishment("99100003500117", { legalName: "ASSOCIATION DE GESTION DE TEST" }),
    qualiopi: true,
    place: {
      street: "1 place du Test",
      postcode: "69003",
      city: "Lyon",
      insee: "69383",
      latitude: 45.76,
      longitude: 4.85,
    },
    phone: "04 00 00 00 01",
    sessionEmail: "session@cfa-test.fr",
    objectives: "Préparer le CAP en alternance.",
    sessions: [{ start: "2027-09-06", end: "2029-06-30" }],
    ...overrides,
  };
}

/**
 * The catalogue training saying what `provider` says of itself: one training per provider, at its location (the
 * registry derives the same provider back from it).
 */
export function aTrainingOf(provider: TrainingProvider, key = `KEY-${provider.siret}`): CatalogueTraining {
  const formateur = aTrainingEstablishment(provider.siret, {
    uai: provider.uai,
    legalName: provider.legalName,
    address: provider.address,
    email: provider.contactEmail,
  });
  const { location } = provider;
  return aCatalogueTraining({
    catalogueKey: key,
    title: `FORMATION DE ${provider.legalName}`,
    romeCodes: [...provider.romeCodes],
    formateur,
    gestionnaire: { ...formateur, email: null },
    qualiopi: provider.qualiopi,
    sessionEmail: null,
    place: location && {
      street: provider.address.street,
      postcode: provider.address.postcode,
      city: provider.address.city,
      insee: provider.address.insee,
      ...location,
    },
  });
}

/** A catalogue source serving `trainings` on one page (ServiceOverrides.trainingCatalogueSource). */
function aScriptedCatalogue(trainings: readonly CatalogueTraining[]) {
  return createMemoryCatalogueSource([trainings.map((training) => ({ kind: "training" as const, training }))]);
}

/**
 * TEST DATA (invented establishments; locations are real commune centroids, ROME codes real ROME v4.60 codes):
 * the training establishments the sign-up and offer-share tests know, as the catalogue lists them:
 * - cfaQualiopi (Lyon) may sign up as a CFA and trains for the bakery and butchery trades;
 * - cfaNotQualiopi (Saint-Étienne) is listed but not Qualiopi-certified (CFA_NOT_QUALIOPI at sign-up);
 * - three more Qualiopi establishments give "share with CFAs" something to find: one near Lyon for the same
 *   trades, one near Lyon for another trade of the same ROME family (D11, food retail), one beyond 100 km.
 */
export const TEST_TRAINING_PROVIDERS: readonly TrainingProvider[] = [
  {
    siret: DEMO_SIRETS.cfaQualiopi as Siret,
    uai: null,
    legalName: "CFA DEMO DES METIERS DE BOUCHE",
    address: { street: "8 AVENUE JEAN JAURES", postcode: "69007", city: "LYON", insee: "69123" },
    qualiopi: true,
    contactEmail: "contact@cfa-metiers-bouche.demo.labonnealternance.local",
    location: { latitude: 45.758, longitude: 4.8351 },
    romeCodes: ["D1101", "D1102", "D1104"],
  },
  {
    siret: DEMO_SIRETS.cfaNotQualiopi as Siret,
    uai: null,
    legalName: "INSTITUT DEMO DE FORMATION",
    address: { street: "3 RUE DES ARTS", postcode: "42000", city: "SAINT-ETIENNE", insee: "42218" },
    qualiopi: false,
    contactEmail: "contact@institut-formation.demo.labonnealternance.local",
    location: { latitude: 45.4241, longitude: 4.3665 },
    romeCodes: ["D1102"],
  },
  {
    siret: "99100010000016" as Siret,
    uai: null,
    legalName: "CAMPUS DEMO DE L'ARTISANAT",
    address: { street: "20 RUE DU DEMO", postcode: "69100", city: "VILLEURBANNE", insee: "69266" },
    qualiopi: true,
    contactEmail: "contact@campus-artisanat.demo.labonnealternance.local",
    location: { latitude: 45.7719, longitude: 4.8898 },
    romeCodes: ["D1102", "D1104"],
  },
  {
    siret: "99100011800018" as Siret,
    uai: null,
    legalName: "ECOLE DEMO DU COMMERCE ALIMENTAIRE",
    address: { street: "4 AVENUE DU DEMO", postcode: "69200", city: "VENISSIEUX", insee: "69259" },
    qualiopi: true,
    contactEmail: "contact@ecole-commerce-alimentaire.demo.labonnealternance.local",
    location: { latitude: 45.7012, longitude: 4.8805 },
    romeCodes: ["D1106"],
  },
  {
    siret: "99100012600011" as Siret,
    uai: null,
    legalName: "CFA DEMO D'AUVERGNE",
    address: { street: "1 PLACE DU DEMO", postcode: "63000", city: "CLERMONT-FERRAND", insee: "63113" },
    qualiopi: true,
    contactEmail: "contact@cfa-auvergne.demo.labonnealternance.local",
    location: { latitude: 45.787, longitude: 3.1127 },
    romeCodes: ["D1102"],
  },
];

/** The catalogue of TEST_TRAINING_PROVIDERS, one training each. */
export const TEST_CATALOGUE: readonly CatalogueTraining[] = TEST_TRAINING_PROVIDERS.map((provider) =>
  aTrainingOf(provider),
);

/** The scripted source of TEST_CATALOGUE: tests pass it as `trainingCatalogueSource`, start-up imports it. */
export const testCatalogueSource = () => aScriptedCatalogue(TEST_CATALOGUE);

/** Runs the catalogue import job through /dev/jobs (development mode), as `npm run job -- catalogue:import` would. */
export async function runCatalogueImport(app: {
  request(path: string, init?: RequestInit): Response | Promise<Response>;
}) {
  const response = await app.request("/dev/jobs/catalogue:import", { method: "POST" });
  if (response.status !== 200)
    throw new Error(`catalogue:import answered ${response.status}: ${await response.text()}`);
  return (await response.json()).summary as Record<string, unknown>;
}
