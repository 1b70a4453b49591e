import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";

export type StaticAsset = Readonly<{ body: Uint8Array; contentType: string }>;

const files = {
  "swagger-ui.css": "text/css; charset=utf-8",
  "swagger-ui-bundle.js": "text/javascript; charset=utf-8",
} as const;

/** Swagger UI served from our own origin: /docs works offline and under a strict CSP, with no CDN. */
export async function loadSwaggerUiAssets(): Promise<Record<string, StaticAsset>> {
  const directory = fileURLToPath(new URL("./", import.meta.resolve("swagger-ui-dist/package.json")));
  const entries = await Promise.all(
    Object.entries(files).map(async ([name, contentType]) => {
      const body = new Uint8Array(await readFile(`${directory}${name}`));
      return [name, { body, contentType }] as const;
    }),
  );
  return Object.fromEntries(entries);
}
