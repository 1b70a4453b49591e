import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectAccessible } from "./support/accessibility.ts";
import { launchChromium, siteUrl } from "./support/browser.ts";
import { type TourPage, type TourSessions, tourPages, tourSessions } from "./support/site-tour.ts";

/** Demo establishments no demo account and no other journey signs up. */
const ACCOUNTS = { recruiterSiret: "99130000029600", cfaSiret: "99100005000138" } as const;

/** The narrowest phone the site supports, and a desktop. */
const VIEWPORTS = [
  { width: 320, height: 640 },
  { width: 1280, height: 900 },
] as const;

const api = (path: string, init?: RequestInit) => fetch(siteUrl(path), init);

/**
 * Every page of the site (tests/e2e/support/site-tour.ts), at 320 px and on a desktop: the status it should
 * answer, zero serious or critical axe-core violation, and nothing wider than a 320 px screen.
 */
describe("every page of the website", () => {
  let browser: Browser;
  let sessions: TourSessions;
  let pages: TourPage[];
  beforeAll(async () => {
    browser = await launchChromium();
    sessions = await tourSessions(api, ACCOUNTS);
    pages = await tourPages(api, sessions);
  }, 60_000);
  afterAll(async () => {
    await browser.close();
  });

  it("signs in the tour's recruiter and CFA, and finds the demo items its pages need", () => {
    expect(sessions.recruiter).toEqual(expect.any(String));
    expect(sessions.cfa).toEqual(expect.any(String));
    for (const name of ["offre", "offre-france-travail", "entreprise", "formation", "pro-offre", "cfa-partenaires"]) {
      expect(pages.map((page) => page.name)).toContain(name);
    }
  });

  for (const viewport of VIEWPORTS) {
    it(`answers, is accessible and fits the screen at ${viewport.width}×${viewport.height}`, async () => {
      const problems: string[] = [];
      for (const who of [undefined, "recruiter", "cfa"] as const) {
        const context = await browser.newContext({ viewport, locale: "fr-FR", timezoneId: "Europe/Paris" });
        const token = who ? sessions[who] : null;
        if (token) await context.addCookies([{ name: "session", value: token, url: siteUrl(), httpOnly: true }]);
        const tab = await context.newPage();
        for (const page of pages.filter((candidate) => candidate.as === who)) {
          const response = await tab.goto(siteUrl(page.path));
          if (response?.status() !== page.status) problems.push(`${page.path}: ${response?.status()}`);
          await expectAccessible(tab);
          const overflow = await tab.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
          if (overflow > 0) problems.push(`${page.path}: ${overflow} px wider than the screen`);
        }
        await context.close();
      }
      expect(problems).toEqual([]);
    }, 180_000);
  }
});
