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
}>;
