import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectAccessible } from "./support/accessibility.ts";
import { launchChromium, newVisitor, visit } from "./support/browser.ts";

describe("the development mailbox page", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser.close();
  });

  it("shows the local mailbox with a filter, accessible, without JavaScript", async () => {
    const context = await newVisitor(browser, { javaScript: false });
    const page = await context.newPage();
    await visit(page, "/dev/boite-mail");
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toContain("Boîte mail");
    await expectAccessible(page);
    await context.close();
  });
});
