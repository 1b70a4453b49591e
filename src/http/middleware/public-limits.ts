import { OpenAPIHono } from "@hono/zod-openapi";
import type { Context, MiddlewareHandler } from "hono";
import type { RateLimiter, RateRule } from "../../application/shared/rate-limiter.ts";
import { asResponse } from "../problem.ts";
import { refusalResponder } from "../refusals.ts";

/**
 * docs/adr/0016 — the one registry of per-address limits. A route is a *public write* when its OpenAPI operation
 * (the document every route and page registers, docs/API.md) is neither GET nor HEAD and declares no `security`:
 * every such route, today's and tomorrow's, gets `defaultRule` per client address without doing anything. `routes`
 * gives some a stricter rule, and brings in the few public reads that spend an upstream's quota, keyed
 * `"METHOD /path"` exactly as in `/openapi.json`.
 */
export type PublicLimits = Readonly<{
  defaultRule: RateRule;
  routes: Readonly<Record<string, RateRule>>;
  limiter: RateLimiter;
  /** The client's address (client-address.ts), null when there is none. */
  clientAddress: (c: Context) => string | null;
  /** The refusal as a page for the website's forms (paths outside /api); absent: problem+json everywhere. */
  refusePage?: (c: Context, retryAfterSeconds: number) => Response | Promise<Response>;
}>;

/** `honoPath`: the OpenAPI path as Hono routes it (`{id}` → `:id`). */
type Limited = Readonly<{ key: string; method: string; honoPath: string; rule: RateRule }>;

/** What the guard reads of a router: its OpenAPI definitions. */
type Documented = Readonly<{ openAPIRegistry: { definitions: readonly unknown[] } }>;

type RouteDefinition = Readonly<{ type: "route"; route: { method: string; path: string; security?: unknown[] } }>;

const respond = refusalResponder({});

/**
 * A router to mount before every other one: its guards then run first, each on the one route it limits (any other
 * route does not even enter one). One hit per request on the bucket of its route and client address, 429
 * RATE_LIMITED with Retry-After when spent. A request without a client address has no bucket (client-address.ts).
 * The hit comes before validation: junk counts too.
 */
export function publicLimitsGuard(routers: readonly Documented[], limits: PublicLimits): OpenAPIHono {
  const router = new OpenAPIHono();
  for (const route of limitedRoutes(routers, limits)) router.on(route.method, route.honoPath, guardOf(route, limits));
  return router;
}

function guardOf(route: Limited, limits: PublicLimits): MiddlewareHandler {
  return async (c, next) => {
    const address = limits.clientAddress(c);
    if (address === null) return next();
    const decision = await limits.limiter.hit(`public:${route.key}:ip:${address}`, route.rule);
    if (decision.allowed) return next();
    if (limits.refusePage && !c.req.path.startsWith("/api/")) return limits.refusePage(c, decision.retryAfterSeconds);
    return asResponse(respond(c, { code: "RATE_LIMITED", retryAfterSeconds: decision.retryAfterSeconds }));
  };
}

/** Every public write and every route `routes` names, as documented by the routers. */
function limitedRoutes(routers: readonly Documented[], limits: Pick<PublicLimits, "defaultRule" | "routes">) {
  const seen = new Map<string, Limited>();
  for (const router of routers) {
    for (const definition of router.openAPIRegistry.definitions) {
      if (!isRoute(definition)) continue;
      const { method, path, security } = definition.route;
      const key = `${method.toUpperCase()} ${path}`;
      const publicWrite = !["GET", "HEAD"].includes(method.toUpperCase()) && !security?.length;
      const rule = limits.routes[key] ?? (publicWrite ? limits.defaultRule : null);
      if (rule) seen.set(key, { key, method: method.toUpperCase(), honoPath: path.replace(/\{(\w+)\}/g, ":$1"), rule });
    }
  }
  const unknown = Object.keys(limits.routes).filter((key) => !seen.has(key));
  if (unknown.length > 0) throw new Error(`public limits for routes that do not exist: ${unknown.join(", ")}`);
  return [...seen.values()];
}

function isRoute(definition: unknown): definition is RouteDefinition {
  return (definition as { type?: unknown }).type === "route";
}
