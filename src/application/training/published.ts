import type { Siret } from "../../domain/shared/siret.ts";
import type { Training, TrainingEstablishment } from "../../domain/training/training.ts";
import type { EstablishmentMatch } from "../../domain/training/training-search.ts";
import type { TrainingProviderRegistry } from "./ports.ts";

/**
 * What the training context offers the modules listed after it (recruiter: CFA sign-up; offer: nearby CFAs;
 * appointment: the trainings candidates ask about). Only listed trainings (Qualiopi establishments) are returned.
 */
export type TrainingPublishedApi = Readonly<{
  providers: TrainingProviderRegistry;
  /** A listed training by id; null when unknown, removed from the catalogue or not listed. */
  trainingOf(id: string): Promise<Training | null>;
  /** The listed trainings given by this formateur SIRET (support's per-establishment settings), by title then id. */
  trainingsOfFormateur(siret: Siret): Promise<readonly Training[]>;
  /** The formateur establishment as the catalogue lists it; null when no listed training names it. */
  formateurOf(siret: Siret): Promise<TrainingEstablishment | null>;
  /** "Find my establishment" (`GET /api/v1/training-establishments`): the CFA sign-up page's finder. */
  findEstablishments(input: Readonly<{ q: string }>): Promise<readonly EstablishmentMatch[]>;
}>;
