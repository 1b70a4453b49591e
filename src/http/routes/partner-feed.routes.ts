import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import type { FeedOffer, OfferUseCases } from "../../application/offer/index.ts";
import type { PartnerAccessUseCases } from "../../application/partner-access/index.ts";
import { PARTNER_AUTHENTICATED, type PartnerEnv, partnerKey } from "../middleware/partner-key.ts";
import { partnerAccessProblem } from "../partner-access-errors.ts";
import { FeedQuerySchema } from "../schemas/feed-query.schema.ts";
import { PublicOfferSchema } from "../schemas/offer.schema.ts";
import { problemContent } from "../schemas/problem.schema.ts";
import { validationHook } from "../validation.ts";
import { toPublicOfferBody } from "./offer-bodies.ts";

const FeedOfferSchema = PublicOfferSchema.extend({
  status: z.enum(["active", "expired", "filled", "deleted"]),
  availability: z.enum(["online", "closed"]).openapi({ description: "closed : retirez l'offre de votre site" }),
  updatedAt: z.iso.datetime(),
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
  viewUrl: z.string(),
}).openapi("PartnerFeedOffer");

const FeedPageSchema = z
  .object({ items: z.array(FeedOfferSchema), nextCursor: z.string().nullable(), hasMore: z.boolean() })
  .openapi("PartnerFeedPage");

const feedRoute = createRoute({
  method: "get",
  path: "/api/v1/partner/offers",
  tags: ["Partenaires"],
  summary: "Flux des offres créées, modifiées et clôturées, dans l'ordre de modification (clé X-Api-Key)",
  security: PARTNER_AUTHENTICATED,
  request: { query: FeedQuerySchema },
  responses: {
    200: { description: "Une page du flux", content: { "application/json": { schema: FeedPageSchema } } },
    400: problemContent("Paramètre invalide ou curseur altéré (CURSOR_INVALID)"),
    401: problemContent("Clé d'API absente, inconnue ou révoquée (API_KEY_INVALID)"),
    429: problemContent("Quota de la clé atteint (RATE_LIMITED, Retry-After)"),
  },
});

/** The partner platforms' offer feed (1jeune1solution, Parcoursup, ONISEP…), keyset-paginated. */
export function partnerFeedRoutes(
  useCases: Pick<OfferUseCases, "readPartnerFeed"> & Pick<PartnerAccessUseCases, "authenticatePartner">,
) {
  return new OpenAPIHono<PartnerEnv>({ defaultHook: validationHook }).openapi(
    { ...feedRoute, middleware: partnerKey(useCases.authenticatePartner) },
    async (c) => {
      const { updatedSince, cursor, limit } = c.req.valid("query");
      const page = await useCases.readPartnerFeed({
        cursor: cursor ?? null,
        updatedSince: updatedSince ? new Date(updatedSince) : null,
        limit,
      });
      if (!page.ok) return partnerAccessProblem(c, page.error);
      return c.json({ ...page.value, items: page.value.items.map(toFeedItem) }, 200);
    },
  );
}

function toFeedItem(item: FeedOffer): z.infer<typeof FeedOfferSchema> {
  const { offer } = item;
  return {
    ...toPublicOfferBody({ offer, employer: item.employer }),
    status: offer.status,
    availability: item.availability,
    updatedAt: offer.updatedAt.toISOString(),
    latitude: offer.workplace.latitude,
    longitude: offer.workplace.longitude,
    viewUrl: item.viewUrl,
  };
}
