import { z } from "@hono/zod-openapi";

/** The `{token}` path segment of an emailed link's JSON route (offer actions, appointment replies, activations). */
export const LinkTokenParamSchema = z.object({
  token: z
    .string()
    .min(1)
    .max(100)
    .openapi({ param: { name: "token", in: "path" } }),
});
