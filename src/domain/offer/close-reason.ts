/** How a recruiter closes an offer (docs/API.md `POST /offers/{id}/close`): filled (pourvue) or deleted (supprimée). */
export const CLOSE_OUTCOMES = ["filled", "deleted"] as const;

export type CloseOutcome = (typeof CLOSE_OUTCOMES)[number];

/** Why a deleted offer was withdrawn; mandatory for a deletion (docs/PRODUCT.md §2 "Lifecycle"). */
export const CLOSE_REASONS = ["no_longer_hiring", "no_applications", "unqualified_applications", "other"] as const;

export type CloseReason = (typeof CLOSE_REASONS)[number];
