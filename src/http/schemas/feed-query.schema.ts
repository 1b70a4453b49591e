import { z } from "@hono/zod-openapi";
import { FEED_CURSOR_MAX_LENGTH } from "../../application/partner-access/index.ts";
import { instantSchema } from "./instant.schema.ts";

/** The query of every partner feed (docs/API.md "Partners"): the offers' and the trainings'. */
export const FeedQuerySchema = z.object({
  updatedSince: instantSchema("Instant ISO 8601 attendu (par exemple 2026-12-01T08:00:00Z).")
    .optional()
    .openapi({ description: "Premier appel : les éléments modifiés depuis cet instant (ISO 8601)" }),
  cursor: z
    .string()
    .max(FEED_CURSOR_MAX_LENGTH)
    .optional()
    .openapi({ description: "nextCursor de la réponse précédente ; l'emporte sur updatedSince" }),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
