import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectAccessible } from "./support/accessibility.ts";
import { launchChromium, newVisitor, visit } from "./support/browser.ts";
import { mailLink } from "./support/mailbox.ts";

/** TEST DATA: the smallest file our CV inspector reads as a PDF. */
const A_PDF = Buffer.from(
  "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n",
);

describe("a candidate applies to an offer, and the company answers from its email", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser.close();
  });

  for (const javaScript of [true, false]) {
    it(`searches D1102 around Paris, opens an offer, applies with a PDF; the company's email leads to the quick response (${javaScript ? "with" : "without"} JavaScript)`, async () => {
      const context = await newVisitor(browser, { javaScript });
      const page = await context.newPage();
      const email = `lea.martin+${Math.random().toString(36).slice(2, 10)}@exemple.fr`;
      await visit(page, "/recherche?metier=Boulanger&romes=D1102&lieu=Paris&insee=75056");

      const firstOffer = page.locator(".results .card").filter({ has: page.getByText("Offre", { exact: true }) });
      const title = (await firstOffer.first().getByRole("heading").textContent())?.trim() ?? "";
      await firstOffer.first().getByRole("heading").getByRole("link").click();
      await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe(title);
      await expectAccessible(page);

      await page.getByRole("link", { name: "Postuler" }).first().click();
      await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("Postuler à cette offre");
      await expect(page.getByText("Un fichier PDF ou Word (.docx) de 3 Mo au plus.").count()).resolves.toBe(1);
      await expectAccessible(page);

      // Sent without a CV and a name: each error next to its field, the rest kept.
      await page.getByLabel("Nom", { exact: true }).fill("Martin");
      await page.getByLabel("Adresse e-mail").fill(email);
      await page.getByRole("button", { name: "Envoyer ma candidature" }).click();
      await expect(page.getByRole("alert").textContent()).resolves.toContain("Indiquez votre prénom.");
      await expect(page.getByLabel("Adresse e-mail").inputValue()).resolves.toBe(email);
      await expectAccessible(page);

      if (javaScript) {
        // The CV's type is told as soon as a file is chosen, before anything is sent.
        await page.getByLabel("Votre CV").setInputFiles({ name: "cv.png", mimeType: "image/png", buffer: A_PDF });
        await expect(page.getByText("Le CV doit être un fichier PDF ou Word (.docx).").count()).resolves.toBe(1);
      }

      await page.getByLabel("Prénom").fill("Léa");
      await page.getByLabel("Votre message (facultatif)").fill("Bonjour, je prépare un CAP boulanger.");
      await page
        .getByLabel("Votre CV")
        .setInputFiles({ name: "CV Léa.pdf", mimeType: "application/pdf", buffer: A_PDF });
      await page.getByRole("button", { name: "Envoyer ma candidature" }).click();
      await page.waitForURL(/\/candidater\/envoyee#contenu$/);
      await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("Candidature envoyée");
      await expectAccessible(page);

      const answer = await mailLink(page, { text: email, link: /\/candidatures\/reponse\/.*reponse=interview/ });
      await answer.click();
      await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("Répondre à une candidature");
      await expect(page.getByText("Léa Martin").count()).resolves.toBeGreaterThan(0);
      await expectAccessible(page);
      await page.getByRole("button", { name: "Envoyer ma réponse" }).click();
      await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("Réponse enregistrée");
      await context.close();
    });
  }
});
