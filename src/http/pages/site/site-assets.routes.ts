import { Hono } from "hono";
import type { DocsAsset } from "../../routes/docs.routes.ts";
import { SITE_PATHS } from "./site-paths.ts";

/**
 * The site's script modules from our own origin (no CDN). Looked up in a Map: indexing the record with the
 * requested name would find `constructor`, `__proto__`… (docs/adr/0014). Cached an hour; a deploy changes them
 * rarely and they only improve pages that work without them.
 */
export function siteAssetRoutes(assets: Readonly<Record<string, DocsAsset>>) {
  const byName = new Map(Object.entries(assets));
  return new Hono().get(`${SITE_PATHS.assets}/:name`, (c) => {
    const asset = byName.get(c.req.param("name"));
    if (!asset) return c.notFound();
    return c.body(asset.body.slice().buffer as ArrayBuffer, 200, {
      "content-type": asset.contentType,
      "cache-control": "public, max-age=3600",
      "x-content-type-options": "nosniff",
    });
  });
}
