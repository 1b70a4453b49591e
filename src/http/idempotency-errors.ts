import type { Catalogue } from "./problem-catalogue.ts";
import { refusalResponder } from "./refusals.ts";

/** The Idempotency-Key refusals (docs/adr/0018), answered by src/http/middleware/idempotency.ts. */
type IdempotencyRefusal = Readonly<{ code: "IDEMPOTENCY_KEY_IN_USE" }> | Readonly<{ code: "IDEMPOTENCY_KEY_REUSED" }>;

const idempotencyCatalogue = {
  IDEMPOTENCY_KEY_IN_USE: {
    status: 409,
    title: "Requête déjà en cours",
    detail: () =>
      "Une requête avec la même clé Idempotency-Key est en cours de traitement : attendez un instant, puis réessayez avec la même clé pour obtenir sa réponse.",
    headers: () => ({ "Retry-After": "1" }),
  },
  IDEMPOTENCY_KEY_REUSED: {
    status: 422,
    title: "Clé déjà utilisée",
    detail: () =>
      "Cette clé Idempotency-Key a déjà servi pour une autre requête à cette adresse : utilisez une nouvelle clé pour une nouvelle demande.",
  },
} satisfies Catalogue<IdempotencyRefusal>;

export const idempotencyProblem = refusalResponder(idempotencyCatalogue);
