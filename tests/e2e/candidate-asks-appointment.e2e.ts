import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectAccessible } from "./support/accessibility.ts";
import { launchChromium, newVisitor, visit } from "./support/browser.ts";
import { mailLink } from "./support/mailbox.ts";

/**
 * The demo catalogue is the real 2020 list of Parcoursup apprenticeship trainings (post-baccalauréat): a
 * commercial assistant's BTS around Paris, not a CAP boulanger.
 */
describe("a candidate asks a training centre for an appointment", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser.close();
  });

  for (const javaScript of [true, false]) {
    it(`searches trainings from the home page, opens one, asks for an appointment and the centre gets it (${javaScript ? "with" : "without"} JavaScript)`, async () => {
      const context = await newVisitor(browser, { javaScript });
      const page = await context.newPage();
      const email = `lea.martin+rdv-${Math.random().toString(36).slice(2, 10)}@exemple.fr`;
      await visit(page, "/");
      await page.getByLabel("Métier").fill("assistant commercial");
      await page.getByLabel("Lieu").fill("Paris");
      await page.getByRole("button", { name: "Rechercher une formation" }).click();
      await page.waitForURL(/\/recherche\/formations\?/);
      await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toMatch(/: \d+ formations$/);
      await expectAccessible(page);

      const card = page
        .locator(".results .card")
        .filter({ has: page.getByRole("link", { name: /^Prendre rendez-vous/ }) });
      const title = (await card.first().getByRole("heading").textContent())?.trim() ?? "";
      await card.first().getByRole("heading").getByRole("link").click();
      await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe(title);
      await expect(page.getByRole("heading", { name: "Sources" }).count()).resolves.toBe(1);
      await expectAccessible(page);

      await page.getByRole("link", { name: "Prendre rendez-vous" }).click();
      await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("Prendre rendez-vous");
      await expectAccessible(page);
      await page.getByRole("button", { name: "Envoyer ma demande" }).click();
      await expect(page.getByRole("alert").textContent()).resolves.toContain("Cochez au moins un sujet.");
      await expectAccessible(page);

      await page.getByLabel("Je suis le parent d’un candidat ou d’une candidate").check();
      await page.getByLabel("Prénom").fill("Léa");
      await page.getByLabel("Nom", { exact: true }).fill("Martin");
      await page.getByLabel("Adresse e-mail").fill(email);
      await page.getByLabel("Téléphone").fill("06 12 34 56 78");
      await page.getByLabel("Frais de formation").check();
      await page.getByLabel("Rythme de l’alternance").check();
      await page.getByLabel("Votre message (facultatif)").fill("Bonjour, quelles sont les dates de rentrée ?");
      await page.getByRole("button", { name: "Envoyer ma demande" }).click();
      await page.waitForURL(/\/rendez-vous\/envoyee#contenu$/);
      await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("Demande envoyée");
      await expectAccessible(page);

      // The centre's email, with its link to answer, names the candidate.
      const answer = await mailLink(page, { text: email, link: /\/rendez-vous\/reponse\// });
      await answer.click();
      await expect(page.getByText("Léa Martin").count()).resolves.toBeGreaterThan(0);
      await expectAccessible(page);
      await context.close();
    });
  }
});
