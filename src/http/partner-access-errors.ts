import type { ApiKeyInvalid, CursorInvalid, QuotaExceeded } from "../application/partner-access/index.ts";
import { frenchCount } from "../domain/shared/french-plural.ts";
import type { Catalogue, Presentation } from "./problem-catalogue.ts";
import { refusalResponder } from "./refusals.ts";

const CONTACT = "labonnealternance@apprentissage.beta.gouv.fr";

/**
 * Status and French wording of the partner access refusals. QuotaExceeded is a RATE_LIMITED, presented by the
 * shared kernel (429 with Retry-After).
 */
export const partnerAccessCatalogue = {
  // docs/API.md "Partners": 401 without a valid key; one answer whether the key is missing, unknown or revoked.
  API_KEY_INVALID: {
    status: 401,
    title: "Clé d'API invalide",
    detail: (e) =>
      e.reason === "missing"
        ? "Cette adresse est réservée aux plateformes partenaires : envoyez votre clé d'API dans l'en-tête X-Api-Key."
        : `La clé d'API envoyée dans l'en-tête X-Api-Key n'est pas valable. Si vous pensez qu'il s'agit d'une erreur, écrivez à ${CONTACT}.`,
    headers: () => ({ "WWW-Authenticate": 'ApiKey realm="la-bonne-alternance", header="X-Api-Key"' }),
  },
  CURSOR_INVALID: {
    status: 400,
    title: "Curseur invalide",
    detail: () =>
      "Le paramètre cursor n'est pas reconnu : reprenez la valeur nextCursor de la page précédente telle quelle, ou recommencez sans cursor.",
  },
} satisfies Catalogue<ApiKeyInvalid | CursorInvalid>;

/**
 * The partner's own quota, worded for a platform rather than a person; used by the partner-key middleware (the
 * shared RATE_LIMITED wording stays for everyone else). Same code, status and Retry-After.
 */
export const partnerQuotaExceeded = {
  status: 429,
  title: "Quota dépassé",
  detail: (e) =>
    `Le quota de cette clé d'API (${frenchCount(e.quota.limit, "requête")} par ${windowInFrench(e.quota.windowMs)}) est atteint. Réessayez dans ${frenchCount(e.retryAfterSeconds, "seconde")} (en-tête Retry-After).`,
  headers: (e) => ({ "Retry-After": String(e.retryAfterSeconds) }),
} satisfies Presentation<QuotaExceeded>;

function windowInFrench(windowMs: number): string {
  const units: [number, string][] = [
    [86_400_000, "jour"],
    [3_600_000, "heure"],
    [60_000, "minute"],
    [1_000, "seconde"],
  ];
  for (const [size, unit] of units) {
    if (windowMs % size === 0) return windowMs === size ? unit : frenchCount(windowMs / size, unit);
  }
  return frenchCount(windowMs, "milliseconde");
}

/** problem+json for the partner routes. */
export const partnerAccessProblem = refusalResponder(partnerAccessCatalogue);
