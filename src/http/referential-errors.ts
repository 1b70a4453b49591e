import { refusalResponder } from "./refusals.ts";

/** The referential's only refusal, ROME_UNKNOWN, belongs to the shared kernel: its catalogue adds nothing. */
export const referentialCatalogue = {};

/** problem+json for the reference-data routes. */
export const referentialProblem = refusalResponder(referentialCatalogue);
