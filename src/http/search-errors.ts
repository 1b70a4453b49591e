import type { PlaceUnknown } from "../application/referential/index.ts";
import type { Catalogue } from "./problem-catalogue.ts";
import { refusalResponder } from "./refusals.ts";

/**
 * Status and French wording of the jobs search refusals (docs/API.md "Conventions"). ROME_UNKNOWN comes from the
 * shared kernel (404 by default; the search route answers it 400, as the training search does). PLACE_UNKNOWN is
 * also training's: each module presents the codes its own routes answer, with the same status.
 */
export const searchCatalogue = {
  PLACE_UNKNOWN: {
    status: 400,
    title: "Lieu inconnu",
    detail: (e) =>
      e.path === "insee"
        ? `Aucune commune n'a le code INSEE ${e.value} : vérifiez-le, ou cherchez avec un code postal ou des coordonnées.`
        : `Aucune commune n'a le code postal ${e.value} : vérifiez-le, ou cherchez avec le code INSEE de la commune.`,
    errors: (e) => [{ path: e.path, message: "Aucune commune ne correspond à ce code." }],
  },
} satisfies Catalogue<PlaceUnknown>;

/** problem+json for the jobs search route. */
export const searchProblem = refusalResponder(searchCatalogue);
