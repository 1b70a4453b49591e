import { Hono } from "hono";

export type DocsAsset = Readonly<{ body: Uint8Array; contentType: string }>;

const page = `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>API La bonne alternance — référence</title>
<link rel="stylesheet" href="/docs/assets/swagger-ui.css">
</head>
<body>
<div id="swagger-ui"></div>
<script src="/docs/assets/swagger-ui-bundle.js"></script>
<script src="/docs/assets/init.js"></script>
</body>
</html>`;

// A separate file rather than an inline script, so the Content-Security-Policy can forbid inline scripts.
const init = `window.ui = SwaggerUIBundle({ url: "/openapi.json", dom_id: "#swagger-ui", deepLinking: true });`;

/**
 * The interactive reference, served entirely from our origin. The assets are looked up in a Map: indexing the
 * record with the requested name would find `constructor`, `__proto__`… on Object.prototype (docs/adr/0014).
 */
export function docsRoutes(assets: Readonly<Record<string, DocsAsset>>) {
  const byName = new Map(Object.entries(assets));
  return new Hono()
    .get("/docs", (c) => c.html(page))
    .get("/docs/assets/init.js", (c) => c.body(init, 200, { "content-type": "text/javascript; charset=utf-8" }))
    .get("/docs/assets/:name", (c) => {
      const asset = byName.get(c.req.param("name"));
      if (!asset) return c.notFound();
      return c.body(asset.body.slice().buffer as ArrayBuffer, 200, {
        "content-type": asset.contentType,
        "cache-control": "public, max-age=86400",
      });
    });
}
