import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectAccessible } from "./support/accessibility.ts";
import { launchChromium, newVisitor, siteUrl, visit } from "./support/browser.ts";
import { mailLink } from "./support/mailbox.ts";

/**
 * A company signs up, confirms its email from the local mailbox, lands in its space, reads "Mes informations",
 * logs out, and logs in again from the login page. Each run takes its own demo SIRET (a SIRET signs up once):
 * the offline directory's open bakery with JavaScript, a generated demo company (data/demo/companies.csv.gz,
 * posting no demo offer) without.
 */
const RUNS = [
  { javaScript: true, siret: "99100001900125", name: "BOULANGERIE DEMO DU VIEUX LYON" },
  { javaScript: false, siret: "99130000029907", name: "JOLY GAUTIER SARL (DÉMO)" },
] as const;

/**
 * From the home page to the login page, through the header's "Espace recruteur et CFA" (the console sends a
 * visitor without a session to the login page).
 */
async function openProSpaceFromHome(page: Page): Promise<void> {
  await visit(page, "/");
  await expectAccessible(page);
  await page
    .getByRole("navigation", { name: "Menu principal" })
    .getByRole("link", { name: "Espace recruteur et CFA" })
    .click();
  await page.waitForURL(/\/espace-pro\/connexion/);
  await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toContain("Connexion");
  await expectAccessible(page);
}

/** The newest login link sent to `email`, followed from the development mailbox page (reloaded until it arrives). */
async function followNewestLoginLink(page: Page, email: string, alreadyThere: number, landing: string): Promise<void> {
  const link = await mailLink(page, { to: email, link: /\/connexion\//, alreadyThere });
  await expectAccessible(page);
  await link.click();
  await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toContain("Se connecter");
  await expectAccessible(page);
  await page.getByRole("button", { name: "Me connecter" }).click();
  await page.waitForURL(siteUrl(landing));
}

/** In the space: the console, whose header names it. */
async function expectInProSpace(page: Page): Promise<void> {
  expect(new URL(page.url()).pathname).toBe("/espace-pro");
  await expect(page.getByRole("navigation", { name: "Menu principal" }).textContent()).resolves.toContain("Mon espace");
  await expectAccessible(page);
}

describe("a recruiter signs up, logs in and out", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser.close();
  });

  for (const run of RUNS) {
    it(`signs up as a company and gets into the space (${run.javaScript ? "with" : "without"} JavaScript)`, async () => {
      const context = await newVisitor(browser, { javaScript: run.javaScript });
      const page = await context.newPage();
      const email = `zoe.martin+inscription-${Math.random().toString(36).slice(2, 10)}@exemple.fr`;

      await openProSpaceFromHome(page);
      await page.getByRole("link", { name: "Créer un compte" }).click();
      await page.waitForURL(/\/espace-pro\/inscription$/);
      await expectAccessible(page);
      await page.getByRole("link", { name: "Je suis une entreprise" }).click();
      await page.waitForURL(/\/espace-pro\/inscription\/entreprise$/);
      await expectAccessible(page);

      await page.getByLabel("Numéro SIRET").fill(run.siret);
      await page.getByRole("button", { name: "Continuer" }).click();
      await page.getByText(run.name, { exact: true }).first().waitFor();
      await expectAccessible(page);

      // A field forgotten: the summary, the field's message, what was typed kept.
      await page.getByLabel("Prénom").fill("Zoé");
      await page.getByLabel("Adresse e-mail").fill(email);
      await page.getByLabel("Téléphone").fill("06 12 34 56 78");
      await page.getByRole("button", { name: "Créer mon compte" }).click();
      await expect(page.getByRole("alert").textContent()).resolves.toContain("Indiquez votre nom.");
      await expect(page.getByLabel("Adresse e-mail").inputValue()).resolves.toBe(email);
      await expectAccessible(page);

      await page.getByLabel("Nom", { exact: true }).fill("Martin");
      await page.getByRole("button", { name: "Créer mon compte" }).click();
      await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("Vérifiez votre boîte mail");
      await expectAccessible(page);

      await followNewestLoginLink(page, email, 0, "/espace-pro");
      await expectInProSpace(page);

      await page.getByRole("link", { name: "Mes informations" }).first().click();
      await page.waitForURL(/\/espace-pro\/mes-informations/);
      await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("Mes informations");
      await page.getByText(run.siret, { exact: true }).waitFor();
      await expect(page.getByLabel("Adresse e-mail").inputValue()).resolves.toBe(email);
      await expect(page.getByRole("navigation", { name: "Menu principal" }).textContent()).resolves.toContain(
        "Mon espace",
      );
      await expectAccessible(page);

      await page.getByRole("button", { name: "Se déconnecter" }).click();
      await page.waitForURL(siteUrl("/"));
      // Signed out: the space asks to log in again.
      const wanted = "/espace-pro/mes-informations";
      await visit(page, wanted);
      await page.waitForURL(/\/espace-pro\/connexion\?suite=/);
      await expectAccessible(page);

      // Logging in again: a new link in the mailbox.
      await page.getByLabel("Adresse e-mail").fill(email);
      await page.getByRole("button", { name: "Recevoir un lien de connexion" }).click();
      await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("Vérifiez votre boîte mail");
      await expectAccessible(page);
      // The login page kept the page asked for (`suite`): the link brings the person back there.
      await followNewestLoginLink(page, email, 1, wanted);
      await context.close();
    });
  }
});
