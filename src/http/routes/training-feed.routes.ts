import { createRoute, OpenAPIHono, type z } from "@hono/zod-openapi";
import type { PartnerAccessUseCases } from "../../application/partner-access/index.ts";
import type { TrainingFeedItem, TrainingUseCases } from "../../application/training/index.ts";
import { PARTNER_AUTHENTICATED, type PartnerEnv, partnerKey } from "../middleware/partner-key.ts";
import { partnerAccessProblem } from "../partner-access-errors.ts";
import { FeedQuerySchema } from "../schemas/feed-query.schema.ts";
import { problemContent } from "../schemas/problem.schema.ts";
import { TrainingFeedPageSchema } from "../schemas/training.schema.ts";
import { validationHook } from "../validation.ts";
import { toTrainingDetailBody } from "./training-bodies.ts";

const feedRoute = createRoute({
  method: "get",
  path: "/api/v1/partner/trainings",
  tags: ["Partenaires"],
  summary: "Flux des formations ajoutées, modifiées et retirées, dans l'ordre de modification (clé X-Api-Key)",
  security: PARTNER_AUTHENTICATED,
  request: { query: FeedQuerySchema },
  responses: {
    200: { description: "Une page du flux", content: { "application/json": { schema: TrainingFeedPageSchema } } },
    400: problemContent("Paramètre invalide ou curseur altéré (CURSOR_INVALID)"),
    401: problemContent("Clé d'API absente, inconnue ou révoquée (API_KEY_INVALID)"),
    429: problemContent("Quota de la clé atteint (RATE_LIMITED, Retry-After)"),
  },
});

/** The partner platforms' training feed: the offers feed's key, quota and cursor (docs/API.md "Partners"). */
export function trainingFeedRoutes(
  useCases: Pick<TrainingUseCases, "readTrainingFeed"> & Pick<PartnerAccessUseCases, "authenticatePartner">,
) {
  return new OpenAPIHono<PartnerEnv>({ defaultHook: validationHook }).openapi(
    { ...feedRoute, middleware: partnerKey(useCases.authenticatePartner) },
    async (c) => {
      const { updatedSince, cursor, limit } = c.req.valid("query");
      const page = await useCases.readTrainingFeed({
        cursor: cursor ?? null,
        updatedSince: updatedSince ? new Date(updatedSince) : null,
        limit,
      });
      if (!page.ok) return partnerAccessProblem(c, page.error);
      return c.json({ ...page.value, items: page.value.items.map(toFeedItem) }, 200);
    },
  );
}

type FeedItemBody = z.infer<typeof TrainingFeedPageSchema>["items"][number];

function toFeedItem(item: TrainingFeedItem): FeedItemBody {
  return {
    ...toTrainingDetailBody(item),
    status: item.status,
    updatedAt: item.training.updatedAt.toISOString(),
  };
}
