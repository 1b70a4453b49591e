import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import type { OfferRomeUnknown } from "../application/offer/index.ts";
import type { RomeUnknown } from "../application/referential/index.ts";
import type { LinkInvalid } from "../application/shared/link-tokens.ts";
import type { RateLimited } from "../application/shared/rate-limiter.ts";
import type { DisposableEmail, EmailError } from "../domain/shared/email.ts";
import { frenchCount } from "../domain/shared/french-plural.ts";
import type { VersionConflict } from "../domain/shared/version-conflict.ts";
import { type ProblemResponse, problemResponse } from "./problem.ts";
import type { Catalogue, Presentation } from "./problem-catalogue.ts";

/**
 * Refusals of the shared kernel, which any context's use case may return. ROME_UNKNOWN has two shapes: a code
 * absent from the referential, and an offer's choice of fiche or appellation (with the field's `path`).
 */
export type SharedRefusal =
  | RomeUnknown
  | OfferRomeUnknown
  | LinkInvalid
  | RateLimited
  | EmailError
  | DisposableEmail
  | VersionConflict;

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
  // Appointments and applications: whoever receives the request must be able to answer the person.
  DISPOSABLE_EMAIL: {
    status: 422,
    title: "Adresse e-mail jetable",
    detail: (e) =>
      `Les adresses e-mail jetables (${e.domain}) ne sont pas acceptées : l'établissement ou l'entreprise doit pouvoir vous répondre. Indiquez votre adresse habituelle.`,
  },
  // docs/adr/0018: a write based on a revision that is no longer the stored one.
  CONFLICT: {
    status: 409,
    title: "Modification concurrente",
    detail: (e) =>
      e.entity === "offer"
        ? "Cette offre vient d'être modifiée par ailleurs : rechargez-la pour voir sa version actuelle, puis refaites votre modification."
        : "Vos informations viennent d'être modifiées par ailleurs : rechargez-les pour voir leur version actuelle, puis refaites votre modification.",
  },
} satisfies Catalogue<SharedRefusal>;

type SharedCatalogue = typeof sharedCatalogue;

/** A catalogue merged over the shared kernel's: its own entries win (src/http/refusals.ts `refusalResponder`). */
type Merged<C> = Omit<SharedCatalogue, keyof C> & C;

/** The refusals a catalogue presents: a presentation whose detail reads no field accepts any error with its code. */
type RefusalIn<C> = {
  [K in keyof C]: C[K] extends { detail: (error: infer E) => string } ? (unknown extends E ? { code: K } : E) : never;
}[keyof C];

/** The literal status a catalogue gives each code of `K` (a union of codes gives the union of their statuses). */
type StatusIn<C, K> = K extends keyof C
  ? C[K] extends { status: infer S extends ContentfulStatusCode }
    ? S
    : never
  : never;

/**
 * Answers one refusal as problem+json, typed with the status its catalogue gives the refusal's code, so that a
 * route returning a refusal whose status it does not declare does not compile (docs/adr/0014). `status` overrides
 * the catalogue's when a route needs it (and is then the type's status).
 */
export type RefusalResponder<C> = {
  <E extends RefusalIn<Merged<C>>>(c: Context, error: E): ProblemResponse<StatusIn<Merged<C>, E["code"]>>;
  <S extends ContentfulStatusCode>(c: Context, error: RefusalIn<Merged<C>>, status: S): ProblemResponse<S>;
};

/**
 * The one problem+json mapper of refusals, bound to a catalogue (plus the shared kernel's): a route can only
 * answer the refusals its catalogue presents, and a refusal without a presentation is a compile error.
 */
export function refusalResponder<const C extends Readonly<Record<string, Presentation<never>>>>(
  catalogue: C,
): RefusalResponder<C> {
  const entries: Record<string, Presentation<never>> = { ...sharedCatalogue, ...catalogue };
  const respond = (c: Context, error: { code: string }, status?: ContentfulStatusCode) => {
    const entry = entries[error.code] as unknown as Presentation<typeof error>;
    const detail = entry.detail(error);
    // A refusal about one submitted field also names it, as VALIDATION_FAILED does (docs/API.md "Conventions").
    const errors =
      entry.errors?.(error) ??
      ("path" in error && typeof error.path === "string" ? [{ path: error.path, message: detail }] : undefined);
    const extensions = entry.extensions?.(error);
    const problem = {
      status: status ?? entry.status,
      code: error.code,
      title: entry.title,
      detail,
      errors,
      extensions,
    };
    return problemResponse(c, problem, entry.headers?.(error));
  };
  return respond as RefusalResponder<C>;
}

function waitInFrench(seconds: number): string {
  return seconds < 60 ? frenchCount(seconds, "seconde") : frenchCount(Math.ceil(seconds / 60), "minute");
}
