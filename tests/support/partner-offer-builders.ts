import type { FranceTravailOfferInput } from "../../src/adapters/france-travail/wire-format.ts";

/**
 * A France Travail offer in the API's wire format (wire-format.ts): an apprenticeship in Paris 15e, ROME D1102,
 * with coordinates, no email. `n` varies the id and the creation instant (one minute apart, newest first).
 */
export function aFranceTravailOffer(
  n: number,
  overrides: Partial<FranceTravailOfferInput> = {},
): FranceTravailOfferInput {
  const created = new Date(Date.UTC(2026, 10, 20, 8, 0, 0) - n * 60_000).toISOString();
  return {
    id: `${String(100 + n).padStart(3, "0")}TEST`,
    intitule: `Apprenti boucher (H/F) ${n}`,
    description: "Vous apprendrez la découpe et la préparation des viandes.",
    dateCreation: created,
    dateActualisation: created,
    lieuTravail: {
      libelle: "75 - Paris 15e Arrondissement",
      latitude: 48.8412,
      longitude: 2.3003,
      codePostal: "75015",
      commune: "75115",
    },
    romeCode: "D1101",
    romeLibelle: "Boucherie",
    entreprise: { nom: "BOUCHERIE DEMO" },
    typeContrat: "CDD",
    typeContratLibelle: "Contrat à durée déterminée - 24 Mois",
    natureContrat: "Contrat apprentissage",
    formations: [{ niveauLibelle: "CAP, BEP et équivalents", exigence: "S" }],
    alternance: true,
    contact: { nom: "BOUCHERIE DEMO - M. Martin" },
    ...overrides,
  };
}

/** `count` offers spread over Paris (75) and Lyon (69), apprenticeship and professionalisation alternately. */
export function someFranceTravailOffers(count: number, from = 0): FranceTravailOfferInput[] {
  return Array.from({ length: count }, (_, i) => {
    const n = from + i;
    const lyon = n % 3 === 2;
    return aFranceTravailOffer(n, {
      natureContrat: n % 2 === 0 ? "Contrat apprentissage" : "Cont. professionnalisation",
      ...(lyon
        ? {
            lieuTravail: {
              libelle: "69 - Lyon 3e Arrondissement",
              latitude: 45.7597,
              longitude: 4.8422,
              codePostal: "69003",
              commune: "69383",
            },
          }
        : {}),
    });
  });
}
