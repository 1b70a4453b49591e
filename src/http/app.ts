import { OpenAPIHono } from "@hono/zod-openapi";
import type { Context } from "hono";
import type { DatabaseFailureDescriber } from "../application/service/index.ts";
import type { Logger } from "../application/shared/ports.ts";
import type { Config } from "../config.ts";
import { classifyFailure, logFailure } from "./failures.ts";
import { WRITE_METHODS } from "./methods.ts";
import { crossOrigin } from "./middleware/cross-origin.ts";
import { refuseNulBytes } from "./middleware/nul-guard.ts";
import { partnerApiKeySecurityScheme } from "./middleware/partner-key.ts";
import { type LogScope, requestConventions, type SecurityHeaders } from "./middleware/request-conventions.ts";
import { bodyLimitStreamingForms } from "./multipart/streaming-body-limit.ts";
import { errorPageResponse } from "./pages/error-page.tsx";
import { answersWithPages } from "./pages/html-errors.ts";
import { sameOriginForms } from "./pages/site/same-origin-forms.tsx";
import { siteAssetRoutes } from "./pages/site/site-assets.routes.ts";
import { asResponse } from "./problem.ts";
import { protocolProblem } from "./protocol-errors.ts";
import { type DocsAsset, docsRoutes } from "./routes/docs.routes.ts";
import { validationHook } from "./validation.ts";

/**
 * Everything is served from our origin: no CDN, no inline script (pages may use inline styles), no framing; the
 * rest are the values hono/secure-headers sets by default, the resource policy widened to our own site.
 */
const securityHeaders: SecurityHeaders = {
  "Content-Security-Policy":
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
    "frame-ancestors 'none'; base-uri 'none'; object-src 'none'",
  "Cross-Origin-Resource-Policy": "same-site",
  "Cross-Origin-Opener-Policy": "same-origin",
  "Origin-Agent-Cluster": "?1",
  "Referrer-Policy": "no-referrer",
  "Strict-Transport-Security": "max-age=15552000; includeSubDomains",
  "X-Content-Type-Options": "nosniff",
  "X-DNS-Prefetch-Control": "off",
  "X-Download-Options": "noopen",
  "X-Frame-Options": "SAMEORIGIN",
  "X-Permitted-Cross-Domain-Policies": "none",
  "X-XSS-Protection": "0",
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
  app.use(requestConventions({ ...extras, securityHeaders }));
  app.use("/api/*", crossOrigin(config.corsOrigins));
  // The guards of a body are mounted for the methods that carry one: each middleware is one more async frame on every
  // request it matches, and a search carries no body. A multipart form is counted as it streams, never buffered
  // first (a CV is refused the moment it passes its limit); the limit comes before anything reads the body.
  const limit = config.bodyLimitBytes;
  app.on([...WRITE_METHODS], "*", bodyLimitStreamingForms({ maxSize: limit, onError: (c) => tooLarge(c, limit) }));
  app.use(refuseNulBytes());
  app.on(
    [...WRITE_METHODS],
    "*",
    sameOriginForms([URL.parse(config.publicUrl)?.origin ?? config.webOrigin, config.webOrigin]),
  );

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
