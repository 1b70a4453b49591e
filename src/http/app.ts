import { OpenAPIHono } from "@hono/zod-openapi";
import type { Context } from "hono";
import { requestId } from "hono/request-id";
import { secureHeaders } from "hono/secure-headers";
import type { DatabaseFailureDescriber } from "../application/service/index.ts";
import type { Logger } from "../application/shared/ports.ts";
import type { Config } from "../config.ts";
import { classifyFailure, logFailure } from "./failures.ts";
import { crossOrigin } from "./middleware/cross-origin.ts";
import { refuseNulBytes } from "./middleware/nul-guard.ts";
import { partnerApiKeySecurityScheme } from "./middleware/partner-key.ts";
import { type LogScope, requestLog } from "./middleware/request-log.ts";
import { bodyLimitStreamingForms } from "./multipart/streaming-body-limit.ts";
import { errorPageResponse } from "./pages/error-page.tsx";
import { answersWithPages } from "./pages/html-errors.ts";
import { sameOriginForms } from "./pages/site/same-origin-forms.tsx";
import { siteAssetRoutes } from "./pages/site/site-assets.routes.ts";
import { asResponse } from "./problem.ts";
import { protocolProblem } from "./protocol-errors.ts";
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
  logScope: LogScope;
  docsAssets: Readonly<Record<string, DocsAsset>>;
  /** The website's script modules, served at /assets/{name} (none in HTTP tests: pages work without them). */
  siteScripts?: Readonly<Record<string, DocsAsset>>;
  /** The database adapter's reading of its own errors: a 503 when it is down, what to log without parameters. */
  describeDatabaseFailure: DatabaseFailureDescriber;
}>;

/**
 * The whole HTTP surface: the conventions every request goes through, then the routers and pages the context
 * modules bring (the composition root lists them). `app.request()` on it is what HTTP tests exercise.
 */
// biome-ignore lint/suspicious/noExplicitAny: routers of any Hono environment.
export function createApp(routers: readonly OpenAPIHono<any, any, any>[], config: HttpConfig, extras: AppExtras) {
  const app = new OpenAPIHono({ defaultHook: validationHook });
  app.use(requestId({ headerName: "X-Request-Id" }));
  app.use(requestLog(extras.logger, extras.logScope));
  // overwrite: false — a page's own, stricter headers (src/http/pages/page-response.ts: no script at all, no
  // referrer) are kept; without it this middleware, which runs after the handler, replaced them.
  app.use(secureHeaders({ crossOriginResourcePolicy: "same-site", contentSecurityPolicy, overwrite: false }));
  app.use("/api/*", crossOrigin(config.corsOrigins));
  // A multipart form is counted as it streams, never buffered first (a CV is refused the moment it passes its limit).
  app.use(
    bodyLimitStreamingForms({ maxSize: config.bodyLimitBytes, onError: (c) => tooLarge(c, config.bodyLimitBytes) }),
  );
  app.use(refuseNulBytes());
  app.use(sameOriginForms([URL.parse(config.publicUrl)?.origin ?? config.webOrigin, config.webOrigin]));

  for (const router of routers) app.route("/", router);
  registerSecuritySchemes(app);
  app.route("/", docsRoutes(extras.docsAssets));
  app.route("/", siteAssetRoutes(extras.siteScripts ?? {}));
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

  app.notFound((c) => asResponse(protocolProblem(c, { code: "NOT_FOUND" })));
  app.onError((error, c) => {
    const failure = classifyFailure(error, extras.describeDatabaseFailure);
    logFailure(extras.logger, failure, c.get("requestId"));
    if (answersWithPages(c)) return errorPageResponse(c, failure.refusal);
    return asResponse(protocolProblem(c, failure.refusal));
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

function tooLarge(c: Context, limitBytes: number): Response {
  const refused = asResponse(protocolProblem(c, { code: "PAYLOAD_TOO_LARGE", limitBytes }));
  // The rest of the body is left unread: close the connection rather than drain it (multipart/lingering-close.ts).
  refused.headers.set("Connection", "close");
  return refused;
}
