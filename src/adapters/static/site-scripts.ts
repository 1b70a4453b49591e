import { readdir, readFile } from "node:fs/promises";
import type { StaticAsset } from "./swagger-ui-assets.ts";

const SCRIPTS_DIRECTORY = new URL("../../http/pages/site/scripts/", import.meta.url);

/**
 * The website's own script modules (autocomplete, "autour de moi"…), read once at start-up and served from our
 * origin at /assets/{name}: the pages work without them, they only improve the forms.
 */
export async function loadSiteScripts(): Promise<Record<string, StaticAsset>> {
  const names = (await readdir(SCRIPTS_DIRECTORY).catch(() => [] as string[])).filter((name) => name.endsWith(".js"));
  const entries = await Promise.all(
    names.map(async (name) => {
      const body = new Uint8Array(await readFile(new URL(name, SCRIPTS_DIRECTORY)));
      return [name, { body, contentType: "text/javascript; charset=utf-8" }] as const;
    }),
  );
  return Object.fromEntries(entries);
}
