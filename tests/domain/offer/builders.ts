import type { ActiveOffer } from "../../../src/domain/offer/offer.ts";
import type { OfferDraft } from "../../../src/domain/offer/offer-draft.ts";
import { publishOffer } from "../../../src/domain/offer/publish.ts";
import { DEFAULT_OFFER_SETTINGS } from "../../../src/domain/offer/settings.ts";
import type { RomeFiche } from "../../../src/domain/referential/rome-fiche.ts";
import type { Email } from "../../../src/domain/shared/email.ts";
import type { RomeCode } from "../../../src/domain/shared/rome-code.ts";

/**
 * TEST DATA, written for these tests: the codes are real ROME codes, but every text below is made up and is not
 * the France Travail fiche.
 */
export const TEST_FICHE: RomeFiche = {
  code: "D1104" as RomeCode,
  label: "Pâtissier / Pâtissière (fiche de test)",
  parentCode: "D1104" as RomeCode,
  domain: { code: "D11", label: "Domaine de test" },
  definition: [
    "Texte de test : le pâtissier prépare des desserts pour une boutique.",
    "Pèse les ingrédients de test",
    "Décore des gâteaux imaginaires",
  ],
  access: ["Texte de test : un CAP fictif permet d'accéder à ce métier."],
  skills: Array.from({ length: 10 }, (_, index) => `Compétence de test ${index + 1}`),
  softSkills: ["Savoir-être de test"],
  appellations: [
    { code: "90001", label: "Pâtissier / Pâtissière", shortLabel: "Pâtissier" },
    { code: "90002", label: "Chef pâtissier / Cheffe pâtissière", shortLabel: "Chef pâtissier" },
  ],
};

/** TEST DATA: a second made-up fiche, for changes of métier. */
export const OTHER_TEST_FICHE: RomeFiche = {
  code: "D1102" as RomeCode,
  label: "Boulanger / Boulangère (fiche de test)",
  parentCode: "D1102" as RomeCode,
  domain: { code: "D11", label: "Domaine de test" },
  definition: ["Texte de test : le boulanger cuit du pain de test."],
  access: [],
  skills: ["Pétrir une pâte de test"],
  softSkills: [],
  appellations: [{ code: "90003", label: "Boulanger / Boulangère", shortLabel: "Boulanger" }],
};

/** 2026-03-10 at 11:00 in Paris (CET). */
export const NOW = new Date("2026-03-10T10:00:00Z");
export const DAY_MS = 86_400_000;
export const later = (days: number, from: Date = NOW) => new Date(from.getTime() + days * DAY_MS);

export function aDraft(overrides: Partial<OfferDraft> = {}): OfferDraft {
  return {
    organisationId: "o1",
    createdBy: "u1",
    romeCode: "D1104" as RomeCode,
    appellation: "Pâtissier / Pâtissière",
    diplomaLevel: "3",
    contractTypes: ["apprentissage"],
    startDate: "2026-09-01",
    durationMonths: 24,
    openings: 1,
    employerDescription: null,
    contactEmail: "recrutement@example.fr" as Email,
    workplace: {
      street: "1 rue de l'Exemple",
      postcode: "75001",
      city: "Paris",
      insee: "75101",
      latitude: 48.86,
      longitude: 2.34,
    },
    partnerSiret: null,
    employerName: "Pâtisserie de test",
    ...overrides,
  };
}

export function must<T>(result: { ok: true; value: T } | { ok: false; error: unknown }): T {
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.error)}`);
  return result.value;
}

/** Published at NOW with the default settings: expires at NOW + 30 days. */
export function anActiveOffer(overrides: Partial<OfferDraft> = {}, now: Date = NOW): ActiveOffer {
  return must(
    publishOffer(aDraft(overrides), { id: "offer-1", now, fiche: TEST_FICHE, settings: DEFAULT_OFFER_SETTINGS }),
  );
}
