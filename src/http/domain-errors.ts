import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import type { CfaMandateRefusal } from "../application/cfa-mandate/index.ts";
import type { IdentityRefusal } from "../application/identity/index.ts";
import type { OfferRefusal } from "../application/offer/index.ts";
import type { PartnerAccessRefusal } from "../application/partner-access/index.ts";
import type { RecruiterRefusal } from "../application/recruiter/index.ts";
import type { RomeUnknown } from "../application/referential/index.ts";
import type { JobBusy, JobUnknown } from "../application/scheduling/index.ts";
import type { LinkInvalid } from "../application/shared/link-tokens.ts";
import type { RateLimited } from "../application/shared/rate-limiter.ts";
import type { EmailError } from "../domain/shared/email.ts";
import { cfaMandateCatalogue } from "./cfa-mandate-errors.ts";
import { identityCatalogue } from "./identity-errors.ts";
import { offerCatalogue } from "./offer-errors.ts";
import { partnerAccessCatalogue } from "./partner-access-errors.ts";
import { problemResponse } from "./problem.ts";
import type { Catalogue, Presentation } from "./problem-catalogue.ts";
import { recruiterCatalogue } from "./recruiter-errors.ts";

/** Every refusal a use case can return. A new one missing from `catalogue` below is a compile error. */
export type DomainError =
  | RomeUnknown
  | JobUnknown
  | JobBusy
  | LinkInvalid
  | RateLimited
  | EmailError
  | IdentityRefusal
  | RecruiterRefusal
  | CfaMandateRefusal
  | OfferRefusal
  | PartnerAccessRefusal;

// Contexts' catalogues import these from problem-catalogue.ts (re-exported here for existing imports).
export type { Catalogue, Presentation } from "./problem-catalogue.ts";

const catalogue = {
  ROME_UNKNOWN: {
    status: 404,
    title: "Code ROME inconnu",
    detail: (e) =>
      "appellation" in e && e.path === "appellation"
        ? `« ${e.appellation} » n'est pas une appellation de la fiche ROME ${e.romeCode} : choisissez le métier dans la liste proposée.`
        : `Le code ROME ${e.romeCode} n'existe pas dans le référentiel ROME v4.60.`,
  },
  JOB_UNKNOWN: {
    status: 404,
    title: "Tâche inconnue",
    detail: (e) => `Aucune tâche planifiée ne s'appelle « ${e.name} ».`,
  },
  JOB_BUSY: {
    status: 409,
    title: "Tâche déjà en cours",
    detail: (e) => `La tâche « ${e.name} » est déjà en cours d'exécution ; réessayez quand elle sera terminée.`,
  },
  // API.md: every unusable link is 401 LINK_INVALID, without telling an unknown token from a used one.
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
  ...identityCatalogue,
  ...recruiterCatalogue,
  ...cfaMandateCatalogue,
  ...offerCatalogue,
  ...partnerAccessCatalogue,
} satisfies Catalogue<DomainError>;

/** Maps a use case's refusal to its problem+json answer; `status` overrides the default when a route needs it. */
export function domainErrorResponse(c: Context, error: DomainError, status?: ContentfulStatusCode): never {
  const entry = catalogue[error.code] as Presentation<DomainError>;
  const detail = entry.detail(error);
  // A refusal about one submitted field also names it, as VALIDATION_FAILED does (API.md "Conventions").
  const errors =
    "path" in error && typeof error.path === "string" ? [{ path: error.path, message: detail }] : undefined;
  const problem = { status: status ?? entry.status, code: error.code, title: entry.title, detail, errors };
  return problemResponse(c, problem, entry.headers?.(error));
}

function waitInFrench(seconds: number): string {
  if (seconds < 60) return `${seconds} seconde${seconds > 1 ? "s" : ""}`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} minute${minutes > 1 ? "s" : ""}`;
}
