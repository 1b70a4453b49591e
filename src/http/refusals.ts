import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import type { OfferRomeUnknown } from "../application/offer/index.ts";
import type { RomeUnknown } from "../application/referential/index.ts";
import type { LinkInvalid } from "../application/shared/link-tokens.ts";
import type { RateLimited } from "../application/shared/rate-limiter.ts";
import type { EmailError } from "../domain/shared/email.ts";
import { frenchCount } from "../domain/shared/french-plural.ts";
import { problemResponse } from "./problem.ts";
import type { Catalogue, Presentation } from "./problem-catalogue.ts";

/**
 * Refusals of the shared kernel, which any context's use case may return. ROME_UNKNOWN has two shapes: a code
 * absent from the referential, and an offer's choice of fiche or appellation (with the field's `path`).
 */
export type SharedRefusal = RomeUnknown | OfferRomeUnknown | LinkInvalid | RateLimited | EmailError;

export const sharedCatalogue = {
  ROME_UNKNOWN: {
    status: 404,
    title: "Code ROME inconnu",
    detail: (e) =>
      "appellation" in e && e.path === "appellation"
        ? `« ${e.appellation} » n'est pas une appellation de la fiche ROME ${e.romeCode} : choisissez le métier dans la liste proposée.`
        : `Le code ROME ${e.romeCode} n'existe pas dans le référentiel ROME v4.60.`,
  },
  // docs/API.md: every unusable link is 401 LINK_INVALID, without telling an unknown token from a used one.
  LINK_INVALID: {
    status: 401,
    title: "Lien invalide",
    detail: () =>
      "Ce lien n'est plus valable : il a peut-être expiré ou déjà servi. Demandez un nouveau lien et utilisez le plus récent.",
  },
  RATE_LIMITED: {
    status: 429,
    title: "Trop de demandes",
    detail: (e) => `Vous avez fait trop de demandes à la suite. Réessayez dans ${waitInFrench(e.retryAfterSeconds)}.`,
    headers: (e) => ({ "Retry-After": String(e.retryAfterSeconds) }),
  },
  EMAIL_MALFORMED: {
    status: 400,
    title: "Adresse e-mail invalide",
    detail: () => "L'adresse e-mail n'est pas valide : vérifiez-la (par exemple prenom.nom@exemple.fr).",
  },
} satisfies Catalogue<SharedRefusal>;

/** Answers one refusal as problem+json; `status` overrides the catalogue's when a route needs it. */
export type RefusalResponder<D extends { code: string }> = (
  c: Context,
  error: D | SharedRefusal,
  status?: ContentfulStatusCode,
) => never;

/**
 * The one problem+json mapper of refusals, bound to a context's catalogue (plus the shared kernel's): a route can
 * only answer the refusals its context presents, and a refusal without a presentation is a compile error.
 */
export function refusalResponder<D extends { code: string }>(catalogue: Catalogue<D>): RefusalResponder<D> {
  const entries: Record<string, Presentation<never>> = { ...sharedCatalogue, ...catalogue };
  return (c, error, status) => {
    const entry = entries[error.code] as unknown as Presentation<typeof error>;
    const detail = entry.detail(error);
    // A refusal about one submitted field also names it, as VALIDATION_FAILED does (docs/API.md "Conventions").
    const errors =
      "path" in error && typeof error.path === "string" ? [{ path: error.path, message: detail }] : undefined;
    const problem = { status: status ?? entry.status, code: error.code, title: entry.title, detail, errors };
    return problemResponse(c, problem, entry.headers?.(error));
  };
}

function waitInFrench(seconds: number): string {
  return seconds < 60 ? frenchCount(seconds, "seconde") : frenchCount(Math.ceil(seconds / 60), "minute");
}
