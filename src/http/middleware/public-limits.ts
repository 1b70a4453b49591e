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

type Limited = Readonly<{ key: string; method: string; pattern: RegExp; rule: RateRule }>;

/** What the guard reads of a router: its OpenAPI definitions. */
type Documented = Readonly<{ openAPIRegistry: { definitions: readonly unknown[] } }>;

type RouteDefinition = Readonly<{ type: "route"; route: { method: string; path: string; security?: unknown[] } }>;

const respond = refusalResponder({});

/**
 * A router to mount before every other one (its middleware then runs first for all of them): one hit per request on
 * the bucket of its route and client address, 429 RATE_LIMITED with Retry-After when spent. A request without a
 * client address has no bucket (client-address.ts). The hit comes before validation: junk counts too.
 */
export function publicLimitsGuard(routers: readonly Documented[], limits: PublicLimits): OpenAPIHono {
  const limited = limitedRoutes(routers, limits);
  const guard: MiddlewareHandler = async (c, next) => {
    const method = c.req.method.toUpperCase();
    const route = limited.find((candidate) => candidate.method === method && candidate.pattern.test(c.req.path));
    const address = route ? limits.clientAddress(c) : null;
    if (!route || address === null) return next();
    const decision = await limits.limiter.hit(`public:${route.key}:ip:${address}`, route.rule);
    if (decision.allowed) return next();
    if (limits.refusePage && !c.req.path.startsWith("/api/")) return limits.refusePage(c, decision.retryAfterSeconds);
    return asResponse(respond(c, { code: "RATE_LIMITED", retryAfterSeconds: decision.retryAfterSeconds }));
  };
  const router = new OpenAPIHono();
  router.use("*", guard);
  return router;
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
      if (rule) seen.set(key, { key, method: method.toUpperCase(), pattern: pathPattern(path), rule });
    }
  }
  const unknown = Object.keys(limits.routes).filter((key) => !seen.has(key));
  if (unknown.length > 0) throw new Error(`public limits for routes that do not exist: ${unknown.join(", ")}`);
  return [...seen.values()];
}

function isRoute(definition: unknown): definition is RouteDefinition {
  return (definition as { type?: unknown }).type === "route";
}

/** `/api/v1/offers/{id}/close` → `^/api/v1/offers/[^/]+/close/?$` */
function pathPattern(path: string): RegExp {
  const escaped = path.replace(/[.*+?^$()|[\]\\]/g, "\\$&").replace(/\\?\{[^}/]+\\?\}|\{[^}/]+\}/g, "[^/]+");
  return new RegExp(`^${escaped}/?$`);
}
