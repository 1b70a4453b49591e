/**
 * `npm run screenshots` — every page of the website at 390×844 (a phone) and 1280×900, full height, in
 * `.screenshots/` (git-ignored; for review, never committed). Starts its own service as `npm start` runs it
 * (tests/e2e/support/service-process.ts), tours the pages the accessibility sweep audits
 * (tests/e2e/support/site-tour.ts: demo ids from the JSON API, a demo recruiter and CFA signed in), and drives
 * Debian's Chromium. `--only=<substring>` keeps the pages whose name contains it.
 */
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { launchChromiumAt } from "../tests/e2e/support/chromium.ts";
import { startServiceProcess } from "../tests/e2e/support/service-process.ts";
import { tourPages, tourSessions } from "../tests/e2e/support/site-tour.ts";

const OUT = ".screenshots";
const VIEWPORTS = [
  { name: "telephone", width: 390, height: 844 },
  { name: "bureau", width: 1280, height: 900 },
] as const;

/** Demo establishments no demo account owns (data/demo/companies.csv.gz; the offline catalogue's Qualiopi CFA). */
const ACCOUNTS = { recruiterSiret: "99130000029600", cfaSiret: "99100005000138" } as const;

async function main() {
  const only = process.argv.find((arg) => arg.startsWith("--only="))?.slice("--only=".length);
  const service = await startServiceProcess();
  const browser = await launchChromiumAt();
  try {
    const api = (path: string, init?: RequestInit) => fetch(`${service.url}${path}`, init);
    const sessions = await tourSessions(api, ACCOUNTS);
    const pages = (await tourPages(api, sessions)).filter((page) => !only || page.name.includes(only));
    await mkdir(OUT, { recursive: true });
    for (const viewport of VIEWPORTS) {
      for (const who of [undefined, "recruiter", "cfa"] as const) {
        const mine = pages.filter((page) => page.as === who);
        const token = who ? sessions[who] : null;
        if (mine.length === 0 || (who && !token)) continue;
        const context = await browser.newContext({ viewport, locale: "fr-FR", timezoneId: "Europe/Paris" });
        if (token) await context.addCookies([{ name: "session", value: token, url: service.url, httpOnly: true }]);
        const tab = await context.newPage();
        for (const page of mine) {
          const response = await tab.goto(`${service.url}${page.path}`);
          const file = join(OUT, `${page.name}-${viewport.name}.png`);
          await tab.screenshot({ path: file, fullPage: true });
          console.log(`${response?.status() ?? "?"} ${page.path} → ${file}`);
        }
        await context.close();
      }
    }
  } finally {
    await browser.close();
    await service.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
