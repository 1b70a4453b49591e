import type { Catalogue } from "./problem-catalogue.ts";
import { refusalResponder } from "./refusals.ts";

type FieldError = Readonly<{ path: string; message: string }>;

/** The refusals the HTTP layer answers itself, before or around any use case (docs/API.md "Error codes"). */
export type ProtocolRefusal =
  | Readonly<{ code: "NOT_FOUND" }>
  /** The request does not match the route's schema, its JSON cannot be read, or it holds a NUL byte. */
  | Readonly<{ code: "VALIDATION_FAILED"; errors: readonly FieldError[] }>
  | Readonly<{ code: "UNSUPPORTED_MEDIA_TYPE" }>
  | Readonly<{ code: "PAYLOAD_TOO_LARGE"; limitBytes: number }>
  | Readonly<{ code: "ORIGIN_FORBIDDEN" }>
  | Readonly<{ code: "UPSTREAM_UNAVAILABLE" }>
  | Readonly<{ code: "DATABASE_UNAVAILABLE"; retryAfterSeconds: number }>
  | Readonly<{ code: "INTERNAL_ERROR" }>;

/** docs/API.md "Conventions": the 503 of an upstream outage may be retried after this many seconds. */
const UPSTREAM_RETRY_AFTER_SECONDS = 60;

export const protocolCatalogue = {
  NOT_FOUND: { status: 404, title: "Introuvable", detail: () => "Cette adresse n'existe pas." },
  VALIDATION_FAILED: {
    status: 400,
    title: "Requête invalide",
    detail: (e) =>
      [
        `La requête contient ${e.errors.length > 1 ? `${e.errors.length} erreurs` : "une erreur"}.`,
        ...e.errors.map(({ path, message }) => (path ? `${path} : ${message}` : message)),
      ].join(" "),
    errors: (e) => e.errors,
  },
  UNSUPPORTED_MEDIA_TYPE: {
    status: 415,
    title: "Format non pris en charge",
    detail: () => "Le corps de la requête doit être du JSON, envoyé avec l'en-tête Content-Type: application/json.",
  },
  PAYLOAD_TOO_LARGE: {
    status: 413,
    title: "Requête trop volumineuse",
    detail: (e) => `Le corps de la requête dépasse la taille autorisée (${Math.round(e.limitBytes / 1024)} Kio).`,
  },
  ORIGIN_FORBIDDEN: {
    status: 403,
    title: "Origine refusée",
    detail: () =>
      "Cette modification doit venir du site La bonne alternance. Rechargez la page du site et réessayez depuis celle-ci.",
  },
  UPSTREAM_UNAVAILABLE: {
    status: 503,
    title: "Service partenaire indisponible",
    detail: () =>
      "Un service dont nous dépendons ne répond pas pour le moment. Rien n'a été enregistré : réessayez dans quelques minutes.",
    headers: () => ({ "Retry-After": String(UPSTREAM_RETRY_AFTER_SECONDS) }),
  },
  DATABASE_UNAVAILABLE: {
    status: 503,
    title: "Service momentanément indisponible",
    detail: (e) =>
      `Notre base de données ne répond pas pour le moment. Rien n'a été enregistré : réessayez dans ${e.retryAfterSeconds} secondes.`,
    headers: (e) => ({ "Retry-After": String(e.retryAfterSeconds) }),
  },
  INTERNAL_ERROR: {
    status: 500,
    title: "Erreur interne",
    detail: () =>
      "Une erreur inattendue s'est produite. Réessayez plus tard ; si elle persiste, indiquez l'identifiant de requête au support.",
  },
} satisfies Catalogue<ProtocolRefusal>;

/** problem+json for the HTTP layer's own refusals (app.ts, validation.ts, middleware/). */
export const protocolProblem = refusalResponder(protocolCatalogue);
