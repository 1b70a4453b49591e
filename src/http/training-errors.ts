import type { PlaceUnknown } from "../application/referential/index.ts";
import type { TrainingNotFound } from "../application/training/index.ts";
import type { Catalogue } from "./problem-catalogue.ts";
import { refusalResponder } from "./refusals.ts";

/** Status and French wording of the training refusals (ROME_UNKNOWN comes from the shared kernel, 400 in searches). */
export const trainingCatalogue = {
  TRAINING_NOT_FOUND: {
    status: 404,
    title: "Formation introuvable",
    detail: () =>
      "Cette formation n'est pas (ou plus) proposée dans le catalogue des formations en apprentissage : relancez une recherche pour voir les formations actuelles.",
  },
  // docs/API.md "Places": a well-formed code no commune has.
  PLACE_UNKNOWN: {
    status: 400,
    title: "Lieu inconnu",
    detail: (e) =>
      e.path === "insee"
        ? `Aucune commune n'a le code INSEE ${e.value} : vérifiez-le, ou cherchez plutôt avec un code postal.`
        : `Aucune commune n'a le code postal ${e.value} : vérifiez-le, ou cherchez plutôt avec le code INSEE de la commune.`,
    errors: (e) => [{ path: e.path, message: "Aucune commune ne correspond à ce code." }],
  },
} satisfies Catalogue<TrainingNotFound | PlaceUnknown>;

/** problem+json for the training routes. */
export const trainingProblem = refusalResponder(trainingCatalogue);
