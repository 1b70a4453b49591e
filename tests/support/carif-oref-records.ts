import type { CatalogueWireRecord } from "../../src/adapters/carif-oref/catalogue-wire-format.ts";

/** A Luhn-valid SIRET of the demo range, the n-th (n < 1000): SIREN 99130 0nnn, NIC 0001 + check digit. */
export function aWireSiret(n: number): string {
  const body = `991300${String(n).padStart(3, "0")}0001`;
  const luhn = (digits: string) =>
    [...digits]
      .reverse()
      .reduce((sum, d, i) => sum + (i % 2 === 1 ? ((2 * +d) % 10) + Math.floor((2 * +d) / 10) : +d), 0);
  const check = [..."0123456789"].find((digit) => luhn(body + digit) % 10 === 0);
  return body + check;
}

/**
 * One training as the Carif-Oref catalogue serves it (`GET /api/v1/entity/formations`, one item of `formations`),
 * with the formateur and gestionnaire blocks of two demo establishments in Lyon. Overrides replace fields as given.
 */
export function aCatalogueWireRecord(overrides: Partial<Record<keyof CatalogueWireRecord, unknown>> = {}) {
  return {
    cle_ministere_educatif: "086914P01213885164950001238851649500012-69388#L01",
    cfd: "32031213",
    rncp_code: "RNCP38362",
    intitule_long: "MANAGEMENT COMMERCIAL OPERATIONNEL (BTS)",
    intitule_court: "MANAGEMENT COMMERCIAL OPERATIONNEL",
    niveau: "5 (BTS, DEUST...)",
    rome_codes: ["D1401", "D1501", "M1704"],
    etablissement_formateur_siret: aWireSiret(1),
    etablissement_formateur_uai: "0693306U",
    etablissement_formateur_entreprise_raison_sociale: "CFA DEMO DU TERTIAIRE",
    etablissement_formateur_enseigne: null,
    etablissement_formateur_adresse: "12 RUE DE LA DEMO",
    etablissement_formateur_code_postal: "69009",
    etablissement_formateur_localite: "LYON",
    etablissement_formateur_code_commune_insee: "69389",
    etablissement_formateur_courriel: "contact@cfa-tertiaire.demo.test",
    etablissement_gestionnaire_siret: aWireSiret(2),
    etablissement_gestionnaire_uai: "0691234A",
    etablissement_gestionnaire_entreprise_raison_sociale: "ASSOCIATION DEMO DE GESTION",
    etablissement_gestionnaire_adresse: "3 PLACE DE LA DEMO",
    etablissement_gestionnaire_code_postal: "69002",
    etablissement_gestionnaire_localite: "LYON",
    etablissement_gestionnaire_code_commune_insee: "69382",
    etablissement_gestionnaire_courriel: "direction@gestion.demo.test",
    etablissement_reference_certifie_qualite: true,
    lieu_formation_adresse: "12 rue de la Démo",
    lieu_formation_geo_coordonnees: "45.7742,4.8048",
    code_postal: "69009",
    code_commune_insee: "69389",
    localite: "Lyon",
    email: "formation@cfa-tertiaire.demo.test",
    num_tel: "01 99 00 00 01",
    objectif: "Préparer le BTS en alternance.",
    contenu: "Gestion de la relation client, animation de l’offre commerciale.",
    date_debut: ["2027-09-06T00:00:00.000Z"],
    date_fin: ["2029-06-30T00:00:00.000Z"],
    published: true,
    catalogue_published: true,
    ...overrides,
  };
}

/** `count` distinct valid records, keys "K001"…, each with its own formateur SIRET. */
export function someCatalogueWireRecords(count: number) {
  return Array.from({ length: count }, (_, i) =>
    aCatalogueWireRecord({
      cle_ministere_educatif: `K${String(i + 1).padStart(3, "0")}`,
      etablissement_formateur_siret: aWireSiret(10 + i),
    }),
  );
}

/** A record the catalogue would never send as is: a field of the wrong type (rejected as `format_invalide`). */
export const aMalformedWireRecord = (key = "MALFORMED") =>
  aCatalogueWireRecord({ cle_ministere_educatif: key, rome_codes: "D1401" });
