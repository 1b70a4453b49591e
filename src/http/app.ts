import { OpenAPIHono } from "@hono/zod-openapi";
import { bodyLimit } from "hono/body-limit";
import { cors } from "hono/cors";
import { requestId } from "hono/request-id";
import { secureHeaders } from "hono/secure-headers";
import { type Logger, UpstreamUnavailable } from "../application/shared/ports.ts";
import type { Config } from "../config.ts";
import { partnerApiKeySecurityScheme } from "./middleware/partner-key.ts";
import { requestLog } from "./middleware/request-log.ts";
import { problemResponse } from "./problem.ts";
import { type DocsAsset, docsRoutes } from "./routes/docs.routes.ts";
import { validationHook } from "./validation.ts";

/** Everything is served from our origin: no CDN, no inline script (pages may use inline styles). */
const contentSecurityPolicy = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", "data:"],
  frameAncestors: ["'none'"],
  baseUri: ["'none'"],
  objectSrc: ["'none'"],
};

export type HttpConfig = Pick<Config, "mode" | "corsOrigins" | "bodyLimitBytes" | "publicUrl" | "webOrigin">;

export type AppExtras = Readonly<{
  logger: Logger;
  /** Runs a request inside a logging scope, so every line it logs carries its request id. */
  logScope: (fields: Readonly<Record<string, unknown>>, work: () => Promise<void>) => Promise<void>;
  docsAssets: Readonly<Record<string, DocsAsset>>;
}>;

/**
 * The whole HTTP surface: the conventions every request goes through, then the routers and pages the context
 * modules bring (the composition root lists them). `app.request()` on it is what HTTP tests exercise.
 */
// biome-ignore lint/suspicious/noExplicitAny: routers of any Hono environment.
export function createApp(routers: readonly OpenAPIHono<any, any, any>[], config: HttpConfig, extras: AppExtras) {
  const app = new OpenAPIHono({ defaultHook: validationHook });
  app.use(requestId({ headerName: "X-Request-Id" }));
  app.use((c, next) => extras.logScope({ requestId: c.get("requestId") }, next));
  app.use(requestLog(extras.logger));
  app.use(secureHeaders({ crossOriginResourcePolicy: "same-site", contentSecurityPolicy }));
  app.use("/api/*", cors({ origin: [...config.corsOrigins], credentials: true, maxAge: 600 }));
  app.use(bodyLimit({ maxSize: config.bodyLimitBytes, onError: (c) => tooLarge(c, config.bodyLimitBytes) }));

  for (const router of routers) app.route("/", router);
  registerSecuritySchemes(app);
  app.route("/", docsRoutes(extras.docsAssets));
  app.doc31("/openapi.json", {
    openapi: "3.1.0",
    info: {
      title: "La bonne alternance — API",
      version: "1.0.0",
      description: "Contrat public v1 (docs/API.md du dépôt).",
    },
    // The same origin first: "Try it out" in /docs then works from whatever host the page was opened on
    // (localhost, 127.0.0.1, a LAN name); the public URL is what an external client uses.
    servers: [
      { url: "/", description: "Ce serveur" },
      ...(config.publicUrl === "/" ? [] : [{ url: config.publicUrl, description: "Adresse publique" }]),
    ],
  });

  app.notFound((c) =>
    problemResponse(c, { status: 404, code: "NOT_FOUND", title: "Introuvable", detail: "Cette adresse n'existe pas." }),
  );
  app.onError((error, c) => {
    if (error instanceof UpstreamUnavailable) return upstreamUnavailable(c, error, extras.logger);
    extras.logger.error("unhandled error", { requestId: c.get("requestId"), error: error.message, stack: error.stack });
    return problemResponse(c, {
      status: 500,
      code: "INTERNAL_ERROR",
      title: "Erreur interne",
      detail:
        "Une erreur inattendue s'est produite. Réessayez plus tard ; si elle persiste, indiquez l'identifiant de requête au support.",
    });
  });
  return app;
}

/** docs/API.md "Conventions": the access token as `Authorization: Bearer`, or the HttpOnly `session` cookie. */
function registerSecuritySchemes(app: OpenAPIHono) {
  app.openAPIRegistry.registerComponent("securitySchemes", "bearerAuth", {
    type: "http",
    scheme: "bearer",
    bearerFormat: "JWT",
  });
  app.openAPIRegistry.registerComponent("securitySchemes", "sessionCookie", {
    type: "apiKey",
    in: "cookie",
    name: "session",
  });
  app.openAPIRegistry.registerComponent("securitySchemes", "partnerApiKey", partnerApiKeySecurityScheme);
}

function tooLarge(c: Parameters<typeof problemResponse>[0], limit: number): Response {
  return problemResponse(c, {
    status: 413,
    code: "PAYLOAD_TOO_LARGE",
    title: "Requête trop volumineuse",
    detail: `Le corps de la requête dépasse la taille autorisée (${Math.round(limit / 1024)} Kio).`,
  });
}

/** docs/API.md: an upstream outage is a 503 the client may retry; the use case wrote nothing. */
function upstreamUnavailable(c: Parameters<typeof problemResponse>[0], error: UpstreamUnavailable, logger: Logger) {
  logger.warn("upstream unavailable", {
    requestId: c.get("requestId"),
    upstream: error.upstream,
    error: error.message,
  });
  return problemResponse(
    c,
    {
      status: 503,
      code: "UPSTREAM_UNAVAILABLE",
      title: "Service partenaire indisponible",
      detail:
        "Un service dont nous dépendons ne répond pas pour le moment. Rien n'a été enregistré : réessayez dans quelques minutes.",
    },
    { "Retry-After": "60" },
  );
}
