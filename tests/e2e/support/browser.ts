import type { Browser, BrowserContext, Page } from "playwright-core";
import { inject } from "vitest";
import { launchChromiumAt } from "./chromium.ts";

/** A phone (the audience is 16–29, mostly on a phone) unless a test asks for the desktop. */
const PHONE = { width: 390, height: 844 } as const;

/** The service under test (tests/e2e/support/site-server.ts). */
export const siteUrl = (path = "/") => `${inject("siteUrl")}${path}`;

/** Debian's Chromium with the project's flags (tests/e2e/support/chromium.ts). */
export const launchChromium = (): Promise<Browser> => launchChromiumAt();

type ContextOptions = Readonly<{ javaScript?: boolean; viewport?: { width: number; height: number } }>;

const withoutJavaScript = new WeakSet<BrowserContext>();

/** The context was opened with `javaScript: false` (axe must then audit a copy, tests/e2e/support/accessibility.ts). */
export const runsWithoutJavaScript = (context: BrowserContext) => withoutJavaScript.has(context);

/** A fresh browser profile (cookies, storage) with French settings, JavaScript on unless `javaScript: false`. */
export async function newVisitor(browser: Browser, options: ContextOptions = {}): Promise<BrowserContext> {
  const context = await browser.newContext({
    javaScriptEnabled: options.javaScript ?? true,
    viewport: options.viewport ?? PHONE,
    locale: "fr-FR",
    timezoneId: "Europe/Paris",
    // "Autour de moi": a visitor in the 10th arrondissement of Paris who allows geolocation.
    geolocation: { latitude: 48.8761, longitude: 2.3594 },
    permissions: ["geolocation"],
  });
  if (options.javaScript === false) withoutJavaScript.add(context);
  return context;
}

/** Opens a path of the service and checks it answered (a 4xx/5xx fails the journey where it happened). */
export async function visit(page: Page, path: string, expectedStatus = 200): Promise<void> {
  const response = await page.goto(siteUrl(path));
  const status = response?.status();
  if (status !== expectedStatus) throw new Error(`GET ${path} answered ${status}, expected ${expectedStatus}`);
}
