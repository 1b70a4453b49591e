/** How a recruiter closes an offer (docs/API.md `POST /offers/{id}/close`): filled (pourvue) or deleted (supprimée). */
export const CLOSE_OUTCOMES = ["filled", "deleted"] as const;

export type CloseOutcome = (typeof CLOSE_OUTCOMES)[number];

/** Why a deleted offer was withdrawn; mandatory for a deletion (docs/PRODUCT.md §2 "Lifecycle"). */
export const CLOSE_REASONS = ["no_longer_hiring", "no_applications", "unqualified_applications", "other"] as const;

export type CloseReason = (typeof CLOSE_REASONS)[number];

/** What the console's deletion form shows for each reason. */
export const CLOSE_REASON_LABELS: Readonly<Record<CloseReason, string>> = {
  no_longer_hiring: "Je ne recrute plus pour ce poste",
  no_applications: "Je n'ai pas reçu de candidatures",
  unqualified_applications: "Les candidatures reçues ne correspondent pas au poste",
  other: "Autre raison",
};
