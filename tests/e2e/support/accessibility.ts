import axe from "axe-core";
import type { Page } from "playwright-core";
import { expect } from "vitest";
import { runsWithoutJavaScript } from "./browser.ts";

const axeSource: string = axe.source;

type Violation = Readonly<{ id: string; impact: string | null; help: string; nodes: { target: string[] }[] }>;

/**
 * axe-core on the page as it is now: no serious or critical violation (WCAG 2.1 A/AA rules and best practices).
 * Injected through the DevTools protocol (`evaluate`), which the page's CSP does not apply to. axe needs timers,
 * which a page opened with JavaScript disabled never runs: such a page's document is copied into a scratch page
 * of a JavaScript-enabled context of the same size (its styles are inline, its scripts cannot load there).
 */
export async function expectAccessible(page: Page): Promise<void> {
  const javaScript = !runsWithoutJavaScript(page.context());
  const audited = javaScript ? page : await scratchCopyOf(page);
  try {
    await audited.evaluate(axeSource);
    const violations = (await audited.evaluate(async () => {
      // biome-ignore lint/suspicious/noExplicitAny: axe is the global the injected source defines.
      const injected = (globalThis as any).axe;
      const results = await injected.run(document, { resultTypes: ["violations"] });
      return results.violations;
    })) as Violation[];
    const blocking = violations
      .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
      .map(
        (violation) =>
          `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`,
      );
    expect(blocking, `axe-core on ${page.url()}`).toEqual([]);
  } finally {
    if (audited !== page) await audited.context().close();
  }
}

async function scratchCopyOf(page: Page): Promise<Page> {
  const browser = page.context().browser();
  if (!browser) throw new Error("the page has no browser");
  const context = await browser.newContext({ viewport: page.viewportSize() ?? undefined, locale: "fr-FR" });
  const scratch = await context.newPage();
  await scratch.setContent(await page.content());
  return scratch;
}
