import type { JobBusy, JobUnknown } from "../application/scheduling/index.ts";
import type { Catalogue } from "./problem-catalogue.ts";
import { refusalResponder } from "./refusals.ts";

/** The refusals of the service's own routes (scheduled jobs run on demand in development mode). */
export const platformCatalogue = {
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
} satisfies Catalogue<JobUnknown | JobBusy>;

/** problem+json for the service's own routes. */
export const platformProblem = refusalResponder(platformCatalogue);
