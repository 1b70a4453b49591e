import type { Siret } from "../shared/siret.ts";

/**
 * A training establishment (organisme formateur) as the apprenticeship catalogue (Carif-Oref) lists it: the
 * SIRET where trainings are given, which is the one a CFA signs up with (FAQ: a CFA hors les murs or a CCI signs
 * up with each formateur SIRET of its own).
 */
export type TrainingProvider = Readonly<{
  siret: Siret;
  /** Unité administrative immatriculée (UAI), the education ministry's establishment code; null when unknown. */
  uai: string | null;
  /** Raison sociale as the catalogue records it. */
  legalName: string;
  address: Readonly<{ street: string; postcode: string | null; city: string | null; insee: string | null }>;
  /** Qualiopi quality certification for apprenticeship actions (required to sign up, FAQ). */
  qualiopi: boolean;
  /** The establishment's contact email in the catalogue; null when it gives none (it cannot receive shares). */
  contactEmail: string | null;
  /** Where trainings are given (the commune centroid when only that is known); null when unknown. */
  location: Readonly<{ latitude: number; longitude: number }> | null;
  /** The ROME codes the establishment's trainings prepare for. */
  romeCodes: readonly string[];
}>;

/** A provider found near a place, with the great-circle distance in km (rounded to 0.1, docs/API.md "Places"). */
export type NearbyTrainingProvider = Readonly<{ provider: TrainingProvider; distanceKm: number }>;
