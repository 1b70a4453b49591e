import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import type { checkHealth } from "../../application/service/index.ts";

const HealthSchema = z.object({ status: z.enum(["ok", "degraded"]), db: z.enum(["ok", "down"]) }).openapi("Health");

const healthRoute = createRoute({
  method: "get",
  path: "/healthz",
  tags: ["Service"],
  summary: "État du service et de sa base de données",
  responses: {
    200: { description: "Service et base disponibles", content: { "application/json": { schema: HealthSchema } } },
    503: { description: "Base de données indisponible", content: { "application/json": { schema: HealthSchema } } },
  },
});

export function serviceRoutes(useCases: Readonly<{ checkHealth: ReturnType<typeof checkHealth> }>) {
  return new OpenAPIHono().openapi(healthRoute, async (c) => {
    const health = await useCases.checkHealth();
    return health.db === "ok" ? c.json(health, 200) : c.json(health, 503);
  });
}
