import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectAccessible } from "./support/accessibility.ts";
import { launchChromium, newVisitor, siteUrl, visit } from "./support/browser.ts";

describe("a candidate searches for an apprenticeship", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser.close();
  });

  for (const javaScript of [true, false]) {
    it(`types a métier and a town, sees the results in the FAQ's order and pages through them (${javaScript ? "with" : "without"} JavaScript)`, async () => {
      const context = await newVisitor(browser, { javaScript });
      const page = await context.newPage();
      await visit(page, "/");
      await expectAccessible(page);

      await page.getByLabel("Métier").fill("boulanger");
      await page.getByLabel("Lieu").fill("Paris");
      await page.getByRole("button", { name: "Rechercher un emploi" }).click();
      await page.waitForURL(/\/recherche\?/);
      await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toMatch(
        /Boulanger.* : \d+ résultats/,
      );
      await expectAccessible(page);

      const badges = await page.locator(".results .badge").allTextContents();
      const rank = (badge: string) => ["Offre", "Offre France Travail", "Candidature spontanée"].indexOf(badge);
      expect(badges.length).toBeGreaterThan(0);
      expect(badges.map(rank)).toEqual([...badges.map(rank)].sort((a, b) => a - b));

      await page.getByRole("link", { name: "Page suivante" }).click();
      await page.waitForURL(/page=2/);
      expect(new URL(page.url()).searchParams.get("romes")).toBe("D1102");
      await expect(page.getByRole("navigation", { name: "Pagination" }).textContent()).resolves.toContain("Page 2");
      await expectAccessible(page);

      if (javaScript) {
        // Instant filter: choosing a contract type searches again at once, on the understood search.
        await page.getByLabel("Type de contrat").selectOption("apprentissage");
        await page.waitForURL(/contrat=apprentissage/);
        await expectAccessible(page);
      }

      await page.getByRole("link", { name: "Comment sont classés les résultats" }).first().click();
      await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe(
        "Comment sont classés les résultats",
      );
      await expectAccessible(page);
      await context.close();
    });
  }

  it("picks a métier and a town from the suggestions with the keyboard, then searches around the visitor's position", async () => {
    const context = await newVisitor(browser, { javaScript: true });
    const page = await context.newPage();
    await visit(page, "/");
    const metier = page.getByRole("combobox", { name: /Métier/ });
    await metier.pressSequentially("boulang");
    await page.getByRole("option").first().waitFor();
    await expect(metier.getAttribute("aria-expanded")).resolves.toBe("true");
    await expectAccessible(page);
    await metier.press("ArrowDown");
    await metier.press("Enter");
    await expect(page.locator('input[name="romes"]').inputValue()).resolves.toBe("D1102");

    const place = page.getByRole("combobox", { name: /Lieu/ });
    await place.pressSequentially("Lyo");
    await page.getByRole("option", { name: /^Lyon \(/ }).click();
    await expect(page.locator('input[name="insee"]').inputValue()).resolves.toBe("69123");
    // Typing again forgets the picked code: the server resolves the new text.
    await place.press("Backspace");
    await expect(page.locator('input[name="insee"]').inputValue()).resolves.toBe("");

    await page.getByRole("button", { name: "Autour de moi" }).click();
    await page.getByText("Position trouvée").waitFor();
    await expect(place.inputValue()).resolves.toBe("Autour de moi");
    await page.getByRole("button", { name: "Rechercher un emploi" }).click();
    await page.waitForURL(/latitude=48\.876/);
    await expect(page.getByRole("heading", { name: "Autour de vous, à 30 km" }).count()).resolves.toBe(1);
    await expectAccessible(page);
    await context.close();
  });

  it("says what is missing next to the field, and keeps what was typed", async () => {
    const context = await newVisitor(browser, { javaScript: false });
    const page = await context.newPage();
    const response = await page.goto(siteUrl("/recherche?metier=&lieu=Lyon"));
    expect(response?.status()).toBe(422);
    await expect(page.getByRole("alert").textContent()).resolves.toContain("Indiquez un métier");
    await expect(page.getByLabel("Lieu").inputValue()).resolves.toBe("Lyon");
    await expectAccessible(page);
    await context.close();
  });
});
