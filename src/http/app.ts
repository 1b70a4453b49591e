import { OpenAPIHono } from "@hono/zod-openapi";
import { bodyLimit } from "hono/body-limit";
import { cors } from "hono/cors";
import { requestId } from "hono/request-id";
import { secureHeaders } from "hono/secure-headers";
import { type Logger, UpstreamUnavailable } from "../application/shared/ports.ts";
import type { Config } from "../config.ts";
import { authentication } from "./middleware/authentication.ts";
import { partnerApiKeySecurityScheme } from "./middleware/partner-key.ts";
import { requestLog } from "./middleware/request-log.ts";
import { identityPageRoutes } from "./pages/identity/index.ts";
import { offerPageRoutes } from "./pages/offer/index.ts";
import { problemResponse } from "./problem.ts";
import { adminOrganisationRoutes } from "./routes/admin-organisations.routes.ts";
import { authRoutes } from "./routes/auth.routes.ts";
import { cfaPartnerRoutes } from "./routes/cfa-partners.routes.ts";
import { devRoutes } from "./routes/dev.routes.ts";
import { type DocsAsset, docsRoutes } from "./routes/docs.routes.ts";
import { meRoutes } from "./routes/me.routes.ts";
import { offerActionRoutes } from "./routes/offer-actions.routes.ts";
import { offerRoutes } from "./routes/offers.routes.ts";
import { organisationRoutes } from "./routes/organisation.routes.ts";
import { organisationMemberRoutes } from "./routes/organisation-members.routes.ts";
import { partnerFeedRoutes } from "./routes/partner-feed.routes.ts";
import { recruiterRoutes } from "./routes/recruiter.routes.ts";
import { referentialRoutes } from "./routes/referential.routes.ts";
import { serviceRoutes } from "./routes/service.routes.ts";
import type { UseCases } from "./use-cases.ts";
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

/** The whole HTTP surface; `app.request()` on it is what HTTP tests exercise. */
export function createApp(useCases: UseCases, config: HttpConfig, extras: AppExtras) {
  const app = new OpenAPIHono({ defaultHook: validationHook });
  app.use(requestId({ headerName: "X-Request-Id" }));
  app.use((c, next) => extras.logScope({ requestId: c.get("requestId") }, next));
  app.use(requestLog(extras.logger));
  app.use(secureHeaders({ crossOriginResourcePolicy: "same-site", contentSecurityPolicy }));
  app.use("/api/*", cors({ origin: [...config.corsOrigins], credentials: true, maxAge: 600 }));
  app.use(bodyLimit({ maxSize: config.bodyLimitBytes, onError: (c) => tooLarge(c, config.bodyLimitBytes) }));

  app.route("/", serviceRoutes(useCases));
  app.route("/", referentialRoutes(useCases));
  app.route("/", recruiterRoutes(useCases));
  const auth = authentication(useCases.authenticate, { webOrigin: config.webOrigin });
  app.route("/", authRoutes(useCases, auth));
  app.route("/", meRoutes(useCases, auth));
  app.route("/", organisationMemberRoutes(useCases, auth));
  app.route("/", organisationRoutes(useCases, auth));
  app.route("/", cfaPartnerRoutes(useCases, auth));
  app.route("/", offerRoutes(useCases, auth));
  app.route("/", offerActionRoutes(useCases));
  app.route("/", partnerFeedRoutes(useCases));
  app.route("/", offerPageRoutes(useCases, { logger: extras.logger }));
  app.route("/", adminOrganisationRoutes(useCases, auth));
  app.route("/", identityPageRoutes(useCases, { logger: extras.logger, webOrigin: config.webOrigin }));
  registerSecuritySchemes(app);
  app.route("/", docsRoutes(extras.docsAssets));
  if (config.mode === "development") app.route("/", devRoutes(useCases));
  app.doc31("/openapi.json", {
    openapi: "3.1.0",
    info: { title: "La bonne alternance — API", version: "1.0.0", description: "Contrat public v1 (docs/API)." },
    servers: [{ url: config.publicUrl }],
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

export type App = ReturnType<typeof createApp>;

/** API.md "Conventions": the access token as `Authorization: Bearer`, or the HttpOnly `session` cookie. */
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

/** API.md: an upstream outage is a 503 the client may retry; the use case wrote nothing. */
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
