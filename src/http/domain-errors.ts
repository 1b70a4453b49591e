import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import type { RomeUnknown } from "../application/referential/index.ts";
import type { JobBusy, JobUnknown } from "../application/scheduling/index.ts";
import { problemResponse } from "./problem.ts";

/** Every refusal a use case can return. A new one missing from `catalogue` below is a compile error. */
export type DomainError = RomeUnknown | JobUnknown | JobBusy;

type Presentation<E> = { status: ContentfulStatusCode; title: string; detail: (error: E) => string };
type Catalogue = { [C in DomainError["code"]]: Presentation<Extract<DomainError, { code: C }>> };

const catalogue = {
  ROME_UNKNOWN: {
    status: 404,
    title: "Code ROME inconnu",
    detail: (e) => `Le code ROME ${e.romeCode} n'existe pas dans le référentiel ROME v4.60.`,
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
} satisfies Catalogue;

/** Maps a use case's refusal to its problem+json answer; `status` overrides the default when a route needs it. */
export function domainErrorResponse(c: Context, error: DomainError, status?: ContentfulStatusCode): never {
  const entry = catalogue[error.code] as Presentation<DomainError>;
  return problemResponse(c, {
    status: status ?? entry.status,
    code: error.code,
    title: entry.title,
    detail: entry.detail(error),
  });
}
